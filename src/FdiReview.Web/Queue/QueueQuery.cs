using System.Linq.Expressions;
using FdiReview.Domain;
using FdiReview.Web.Infrastructure;
using Marten;
using Marten.Pagination;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;

namespace FdiReview.Web.Queue;

/// <summary>
/// One page of the agency's queue: every notification, with the agency's risk assessment. The console grid and
/// <c>GET /api/notifications</c> for the agency read through here; investors read <see cref="InvestorFilingsQuery"/>.
/// </summary>
public sealed record QueueQuery(int Page = 1, int PageSize = 25, string? SortBy = null, bool Descending = true, string? Search = null)
{
    public Regime? Regime { get; init; }
    public PriorityBand? Band { get; init; }
    public string? AssignedTo { get; init; }
    public FdiReview.Domain.Clocks.ClockPhase? Phase { get; init; }
    public string? Sector { get; init; }
    public bool OverdueOnly { get; init; }
    /// <summary>Open cases only (the officers' working queue) rather than every filing.</summary>
    public bool OpenOnly { get; init; }
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    public const int MaxPageSize = 200;
    /// <summary>Far beyond any real queue, and small enough that the page's offset is a whole number PostgreSQL takes.</summary>
    public const int MaxPage = 1_000_000;

    public static void RequirePage(int page) =>
        InvalidInput.Require(page <= MaxPage, "page", $"Pages are numbered from 1 to {MaxPage:N0}.");

    public static readonly IReadOnlyList<string> SortableFields =
        ["priority", "filedAt", "reference", "regime", "status", "investorName", "targetName", "targetCountry", "lastChangedAt", "filing", "priorityScore", "clockDueAt", "assignedToName"];

    public async Task<QueuePage> Run(IQuerySession session, Actor viewer, CancellationToken cancellation = default)
    {
        if (viewer.Role == Roles.Investor) throw new UnauthorizedAccessException("The queue is the agency's.");
        RequirePage(Page);
        IQueryable<NotificationSummary> rows = session.Query<NotificationSummary>();
        if (Regime is { } regime) rows = rows.Where(r => r.Regime == regime);
        if (Band is { } band) rows = rows.Where(r => r.PriorityBand == band);
        if (!string.IsNullOrWhiteSpace(AssignedTo)) rows = rows.Where(r => r.AssignedTo == AssignedTo);
        if (Phase is { } phase) rows = rows.Where(r => r.ClockPhase == phase);
        if (!string.IsNullOrWhiteSpace(Sector)) rows = rows.Where(r => r.Sector == Sector);
        if (OpenOnly) rows = rows.Where(r => r.Status != NotificationStatus.Closed && r.Status != NotificationStatus.Withdrawn);
        if (OverdueOnly)
        {
            var now = Now;
            rows = rows.Where(r => r.ClockDueAt != null && r.ClockDueAt < now);
        }
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            rows = rows.Where(r => r.InvestorName.Contains(term, StringComparison.OrdinalIgnoreCase)
                                   || r.TargetName.Contains(term, StringComparison.OrdinalIgnoreCase)
                                   || r.Reference.Contains(term, StringComparison.OrdinalIgnoreCase)
                                   || r.JapaneseNames.Contains(term)
                                   || r.CorporateNumbers.Contains(term));
        }
        var page = await Sorted(rows).ToPagedListAsync(Math.Max(1, Page), Math.Clamp(PageSize, 1, MaxPageSize), cancellation);
        return new QueuePage(page.ToList(), page.TotalItemCount, page.PageNumber, page.PageSize);
    }

    /// <summary>By default: highest band first, then the nearest deadline, then the higher score, then the oldest filing.</summary>
    private IQueryable<NotificationSummary> Sorted(IQueryable<NotificationSummary> rows) => (SortBy ?? "priority") switch
    {
        "priority" => rows.OrderByDescending(r => r.BandRank).ThenBy(r => r.ClockDueAt).ThenByDescending(r => r.PriorityScore).ThenBy(r => r.FiledAt),
        "reference" => By(rows, r => r.Reference),
        "regime" => By(rows, r => r.Regime),
        "status" => By(rows, r => r.Status),
        "investorName" => By(rows, r => r.InvestorName),
        "targetName" => By(rows, r => r.TargetName),
        "targetCountry" => By(rows, r => r.TargetCountry),
        "lastChangedAt" => By(rows, r => r.LastChangedAt),
        "filing" => By(rows, r => r.Filing),
        "priorityScore" => By(rows, r => r.PriorityScore),
        "clockDueAt" => By(rows, r => r.ClockDueAt),
        "assignedToName" => By(rows, r => r.AssignedToName),
        _ => By(rows, r => r.FiledAt),
    };

    private IQueryable<NotificationSummary> By<TKey>(IQueryable<NotificationSummary> rows, Expression<Func<NotificationSummary, TKey>> key) =>
        Descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
}

public sealed record QueuePage(IReadOnlyList<NotificationSummary> Items, long Total, long Page, long PageSize);
