using FdiReview.Domain;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using FdiReview.Web.Infrastructure;
using Marten;
using Marten.Pagination;

namespace FdiReview.Web.Queue;

/// <summary>
/// A filing in an investor's list: what the investor filed and where it stands publicly. Its type has no place for
/// the agency's risk assessment (score, band, factors) or its assignment, so none can leak; a decision proposed but
/// not yet approved shows as the step before it.
/// </summary>
public sealed record InvestorFiling(
    Guid Id, string Reference, Regime? Regime, NotificationStatus Status, string InvestorName, string TargetName, string? TargetCountry,
    DateTimeOffset FiledAt, string? ReceiptNumber, ClockPhase? ClockPhase, DateOnly? ClockDue, DateTimeOffset? ClockDueAt, CaseOutcome? Outcome)
{
    public static InvestorFiling Of(NotificationSummary row) => new(row.Id, row.Reference, row.Regime,
        row.Status == NotificationStatus.DecisionProposed ? row.StatusBeforeProposal : row.Status,
        row.InvestorName, row.TargetName, row.TargetCountry, row.FiledAt, row.ReceiptNumber, row.ClockPhase, row.ClockDue, row.ClockDueAt, row.Outcome);
}

public sealed record InvestorFilingsPage(IReadOnlyList<InvestorFiling> Items, long Total, long Page, long PageSize);

/// <summary>
/// The filings an investor takes part in, newest first. Only the public fields filter and sort it: naming the
/// agency's (band, assignee, score) is a 400, so the list cannot be probed for them either.
/// </summary>
public sealed record InvestorFilingsQuery(int Page = 1, int PageSize = 25, string? SortBy = null, bool Descending = true, string? Search = null)
{
    public static readonly IReadOnlyList<string> SortableFields = ["filedAt", "reference", "regime", "status", "targetName", "targetCountry", "clockDueAt"];

    public Regime? Regime { get; init; }
    public bool OpenOnly { get; init; }

    public async Task<InvestorFilingsPage> Run(IQuerySession session, Actor investor, CancellationToken cancellation = default)
    {
        QueueQuery.RequirePage(Page);
        InvalidInput.Require(SortBy is null || SortableFields.Contains(SortBy), "sortBy", $"Sort your filings by one of: {string.Join(", ", SortableFields)}.");
        IQueryable<NotificationSummary> rows = session.Query<NotificationSummary>()
            .Where(r => r.Organization == investor.Organization && r.Participants.Contains(investor.UserId));
        if (Regime is { } regime) rows = rows.Where(r => r.Regime == regime);
        if (OpenOnly) rows = rows.Where(r => r.Status != NotificationStatus.Closed && r.Status != NotificationStatus.Withdrawn);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            rows = rows.Where(r => r.TargetName.Contains(term, StringComparison.OrdinalIgnoreCase) || r.Reference.Contains(term, StringComparison.OrdinalIgnoreCase));
        }
        rows = (SortBy ?? "filedAt") switch
        {
            "reference" => Descending ? rows.OrderByDescending(r => r.Reference) : rows.OrderBy(r => r.Reference),
            "regime" => Descending ? rows.OrderByDescending(r => r.Regime) : rows.OrderBy(r => r.Regime),
            "status" => Descending ? rows.OrderByDescending(r => r.Status) : rows.OrderBy(r => r.Status),
            "targetName" => Descending ? rows.OrderByDescending(r => r.TargetName) : rows.OrderBy(r => r.TargetName),
            "targetCountry" => Descending ? rows.OrderByDescending(r => r.TargetCountry) : rows.OrderBy(r => r.TargetCountry),
            "clockDueAt" => Descending ? rows.OrderByDescending(r => r.ClockDueAt) : rows.OrderBy(r => r.ClockDueAt),
            _ => Descending ? rows.OrderByDescending(r => r.FiledAt) : rows.OrderBy(r => r.FiledAt),
        };
        var page = await rows.ToPagedListAsync(Math.Max(1, Page), Math.Clamp(PageSize, 1, QueueQuery.MaxPageSize), cancellation);
        return new InvestorFilingsPage(page.Select(InvestorFiling.Of).ToList(), page.TotalItemCount, page.PageNumber, page.PageSize);
    }
}
