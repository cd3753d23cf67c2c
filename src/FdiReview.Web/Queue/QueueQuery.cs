using FdiReview.Domain;
using Marten;
using Marten.Pagination;

namespace FdiReview.Web.Queue;

/// <summary>
/// One page of notifications as a user may see them: investors only their organisation's, the agency
/// all. The console grid and <c>GET /api/notifications</c> both read through here.
/// </summary>
public sealed record QueueQuery(int Page = 1, int PageSize = 25, string? SortBy = null, bool Descending = true, string? Search = null)
{
    public const int MaxPageSize = 200;

    public static readonly IReadOnlyList<string> SortableFields =
        ["filedAt", "reference", "regime", "status", "investorName", "targetName", "targetCountry", "lastChangedAt"];

    public async Task<QueuePage> Run(IQuerySession session, Actor viewer, CancellationToken cancellation = default)
    {
        IQueryable<NotificationSummary> rows = session.Query<NotificationSummary>();
        if (viewer.Role == Roles.Investor) rows = rows.Where(r => r.Organization == viewer.Organization);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            rows = rows.Where(r => r.InvestorName.Contains(term, StringComparison.OrdinalIgnoreCase)
                                   || r.TargetName.Contains(term, StringComparison.OrdinalIgnoreCase)
                                   || r.Reference.Contains(term, StringComparison.OrdinalIgnoreCase));
        }
        var page = await Sorted(rows).ToPagedListAsync(Math.Max(1, Page), Math.Clamp(PageSize, 1, MaxPageSize), cancellation);
        return new QueuePage(page.ToList(), page.TotalItemCount, page.PageNumber, page.PageSize);
    }

    private IQueryable<NotificationSummary> Sorted(IQueryable<NotificationSummary> rows) => (SortBy ?? "filedAt") switch
    {
        "reference" => Descending ? rows.OrderByDescending(r => r.Reference) : rows.OrderBy(r => r.Reference),
        "regime" => Descending ? rows.OrderByDescending(r => r.Regime) : rows.OrderBy(r => r.Regime),
        "status" => Descending ? rows.OrderByDescending(r => r.Status) : rows.OrderBy(r => r.Status),
        "investorName" => Descending ? rows.OrderByDescending(r => r.InvestorName) : rows.OrderBy(r => r.InvestorName),
        "targetName" => Descending ? rows.OrderByDescending(r => r.TargetName) : rows.OrderBy(r => r.TargetName),
        "targetCountry" => Descending ? rows.OrderByDescending(r => r.TargetCountry) : rows.OrderBy(r => r.TargetCountry),
        "lastChangedAt" => Descending ? rows.OrderByDescending(r => r.LastChangedAt) : rows.OrderBy(r => r.LastChangedAt),
        _ => Descending ? rows.OrderByDescending(r => r.FiledAt) : rows.OrderBy(r => r.FiledAt),
    };
}

public sealed record QueuePage(IReadOnlyList<NotificationSummary> Items, long Total, long Page, long PageSize);
