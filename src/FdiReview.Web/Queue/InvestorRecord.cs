using FdiReview.Domain.Mitigation;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Priority;
using Marten;

namespace FdiReview.Web.Queue;

/// <summary>The investor organisation's record with the agency, read from the queue rows and its agreements.</summary>
public static class InvestorRecord
{
    public static async Task<InvestorHistory> Of(IQuerySession session, string organization, Guid except, CancellationToken cancellation = default)
    {
        var withdrawals = await session.Query<NotificationSummary>()
            .CountAsync(r => r.Organization == organization && r.Status == NotificationStatus.Withdrawn && r.Id != except, cancellation);
        // Breaches of its mitigation agreements (an observation is a finding, not a breach).
        var violations = (await session.Query<MitigationAgreement>().Where(a => a.Organization == organization)
            .Select(a => a.Violations).ToListAsync(cancellation)).Sum(list => list.Count(v => v.Severity != "observation"));
        var lateReports = await session.Query<NotificationSummary>()
            .CountAsync(r => r.Organization == organization && r.PostInvestmentReportDaysOverdue > 0 && r.Id != except, cancellation);
        return new InvestorHistory(withdrawals, violations, lateReports);
    }

    /// <summary>The record of the organisation that filed this notification, for a decision on it.</summary>
    public static async Task<InvestorHistory> OfCase(IQuerySession session, Guid notificationId, CancellationToken cancellation = default) =>
        await session.Query<NotificationSummary>().Where(r => r.Id == notificationId).Select(r => r.Organization).FirstOrDefaultAsync(cancellation) is { } organization
            ? await Of(session, organization, notificationId, cancellation)
            : InvestorHistory.None;

    /// <summary>Loaded before every handler on a case that takes the investor's record (its priority depends on it).</summary>
    public static class ForMessage
    {
        public static Task<InvestorHistory> LoadAsync(Wolverine.Envelope envelope, IQuerySession session, CancellationToken cancellation) =>
            OfCase(session, ((Review.ICaseMessage)envelope.Message!).NotificationId, cancellation);
    }

    /// <summary>The same on the API, where the case is named by the route.</summary>
    public static class ForRoute
    {
        public static Task<InvestorHistory> LoadAsync(Guid id, IQuerySession session, CancellationToken cancellation) =>
            OfCase(session, id, cancellation);
    }
}
