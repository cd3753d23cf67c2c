using Marten;

namespace FdiReview.Web.Queue;

/// <summary>
/// The queue reads a decade of cases: its filters and its default order (band, then deadline) run on real,
/// indexed columns rather than on the JSON, so a page stays fast however many cases are closed.
/// </summary>
public static class QueueIndexes
{
    public static void Configure(StoreOptions opts) =>
        opts.Schema.For<NotificationSummary>()
            .Duplicate(x => x.Status)
            .Duplicate(x => x.Organization)
            .Duplicate(x => x.AssignedTo!)
            .Duplicate(x => x.BandRank)
            .Duplicate(x => x.ClockDueAt!)
            .Duplicate(x => x.FiledAt);
}
