using FdiReview.Domain.Notifications;
using FdiReview.Domain.Priority;
using Marten;

namespace FdiReview.Web.Queue;

/// <summary>The investor organisation's record with the agency, read from the queue rows (mitigation breaches come with agreements).</summary>
public static class InvestorRecord
{
    public static async Task<InvestorHistory> Of(IQuerySession session, string organization, Guid except, CancellationToken cancellation = default) =>
        new(EarlierWithdrawals: await session.Query<NotificationSummary>()
            .CountAsync(r => r.Organization == organization && r.Status == NotificationStatus.Withdrawn && r.Id != except, cancellation));
}
