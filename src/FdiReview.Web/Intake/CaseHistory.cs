using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using Marten;

namespace FdiReview.Web.Intake;

/// <summary>One line of a case's event history: what happened, when, and who did it.</summary>
public sealed record CaseHistoryEntry(long Version, long Sequence, string EventType, string Summary,
    DateTimeOffset At, string? UserId, string? ActorName, string? ActorRole, string? CorrelationId, string? CausationId)
{
    public static string Describe(object data) => data switch
    {
        NotificationFiled f => $"{f.FiledBy.Name} filed the notification for {f.Facts.InvestorParty?.Name ?? f.Facts.Investor} " +
                               $"acquiring {f.Facts.Target?.Name}",
        ScreeningCompleted s => $"Screening ({s.Trigger}): {s.Determination.Summary}",
        NotificationFactsCorrected c => $"{c.CorrectedBy.Name} corrected the facts: {c.Reason}",
        _ => data.GetType().Name,
    };

    public static Actor? ActorOf(object data) => data switch
    {
        NotificationFiled f => f.FiledBy,
        NotificationFactsCorrected c => c.CorrectedBy,
        _ => null,
    };
}

public static class CaseHistory
{
    public static async Task<IReadOnlyList<CaseHistoryEntry>> Load(IQuerySession session, Guid id, CancellationToken cancellation = default)
    {
        var events = await session.Events.FetchStreamAsync(id, token: cancellation);
        return events.Select(e =>
        {
            var actor = CaseHistoryEntry.ActorOf(e.Data);
            return new CaseHistoryEntry(e.Version, e.Sequence, e.EventTypeName, CaseHistoryEntry.Describe(e.Data), e.Timestamp,
                e.UserName ?? actor?.UserId, actor?.Name, actor?.Role, e.CorrelationId, e.CausationId);
        }).ToList();
    }
}
