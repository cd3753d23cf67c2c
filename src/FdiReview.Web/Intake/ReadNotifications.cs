using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using FdiReview.Web.Identity;
using FdiReview.Web.Queue;
using FdiReview.Web.Review;
using Marten;
using Microsoft.AspNetCore.Authorization;
using FdiReview.Web.Infrastructure;
using Wolverine.Http;

namespace FdiReview.Web.Intake;

/// <summary>What a user may read of notifications: their own organisation's (investors) or all (the agency).</summary>
public static class ReadNotificationsEndpoints
{
    /// <summary>
    /// The agency: the queue, by default highest band first, then the nearest deadline; filters narrow it. Investors:
    /// their own filings, investor-shaped (<see cref="InvestorFiling"/>), filtered and sorted by public fields only.
    /// </summary>
    [WolverineGet("/api/notifications"), Authorize]
    public static async Task<IResult> List(ClaimsPrincipal user, IQuerySession session, TimeProvider time,
        int? page, int? pageSize, string? sortBy, bool? descending, string? search,
        Regime? regime, PriorityBand? band, string? assignedTo, bool? overdue, bool? open, FdiReview.Domain.Clocks.ClockPhase? phase, string? sector)
    {
        var actor = user.RequireActor();
        if (actor.Role == Roles.Investor)
        {
            var agencyOnly = new Dictionary<string, string[]>();
            if (band is not null) agencyOnly["band"] = ["Not a filter of your filings."];
            if (assignedTo is not null) agencyOnly["assignedTo"] = ["Not a filter of your filings."];
            if (overdue is not null) agencyOnly["overdue"] = ["Not a filter of your filings."];
            if (phase is not null) agencyOnly["phase"] = ["Not a filter of your filings."];
            if (sector is not null) agencyOnly["sector"] = ["Not a filter of your filings."];
            if (agencyOnly.Count > 0) throw new InvalidInput(agencyOnly);
            return Results.Ok(await new InvestorFilingsQuery(page ?? 1, pageSize ?? 25, sortBy, descending ?? true, search)
                { Regime = regime, OpenOnly = open ?? false }.Run(session, actor));
        }
        return Results.Ok(await new QueueQuery(page ?? 1, pageSize ?? 25, sortBy, descending ?? true, search)
        {
            Regime = regime, Band = band, AssignedTo = assignedTo, OverdueOnly = overdue ?? false, OpenOnly = open ?? false, Now = time.GetUtcNow(),
            Phase = phase, Sector = sector,
        }.Run(session, actor));
    }

    /// <summary>Another organisation's notification is answered exactly like a missing one: 404.</summary>
    [WolverineGet("/api/notifications/{id}"), Authorize]
    public static async Task<IResult> Get(Guid id, ClaimsPrincipal user, IQuerySession session, TimeProvider time, HttpContext context)
    {
        var actor = user.RequireActor();
        var notification = await session.LoadAsync<Notification>(id);
        if (notification is null || !notification.IsVisibleTo(actor)) return Results.NotFound();
        var version = (int)((await session.Events.FetchStreamStateAsync(id))?.Version ?? 0);
        context.Response.Headers.ETag = $"\"{version}\"";
        return actor.Role == Roles.Investor
            ? Results.Ok(InvestorCaseView.For(notification, version, actor, time.GetUtcNow()))
            : Results.Ok(CaseView.For(notification, version, actor, time.GetUtcNow()));
    }
}
