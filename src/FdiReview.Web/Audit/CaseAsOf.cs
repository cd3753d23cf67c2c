using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Web.Identity;
using FdiReview.Web.Review;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Audit;

/// <summary>
/// A case exactly as it stood at an earlier moment: the notification's events up to that instant (or version)
/// folded afresh — never the stored snapshot — and its clocks read at the moment of the last of them.
/// </summary>
public static class CaseAsOfEndpoint
{
    [WolverineGet("/api/notifications/{id}/as-of"), Authorize(Policy = Policies.AgencyReaders)]
    public static async Task<IResult> Get(Guid id, DateTimeOffset? at, int? version, ClaimsPrincipal user, IQuerySession session)
    {
        if (at is null == version is null)
            return Problem("Give exactly one of 'at' (an ISO 8601 instant) or 'version' (a positive event number).");
        if (version is < 1)
            return Problem("'version' counts the case's events from 1.");

        // Only a notification's stream folds into a case: an agreement's, an access log's or any other id is not one.
        if ((await session.Events.FetchStreamStateAsync(id))?.AggregateType != typeof(Notification)) return Results.NotFound();
        var events = version is { } v
            ? await session.Events.FetchStreamAsync(id, version: v)
            : await session.Events.FetchStreamAsync(id, timestamp: at!.Value);
        if (events.Count == 0) return Problem("The case did not exist yet at that moment.");
        var last = events[^1];
        if (version is { } asked && asked > last.Version)
            return Problem($"The case has {last.Version} events; version {asked} does not exist yet.");
        return await At(session, id, last, user.RequireActor()) is { } view
            ? Results.Ok(view)
            : Results.Problem(title: "The case cannot be rebuilt at that moment", statusCode: StatusCodes.Status409Conflict,
                detail: "The stored events up to that moment do not make a case; verify the record's hash chain.");
    }

    /// <summary>
    /// The case folded from its events up to and including <paramref name="last"/>, its clock read at that event's time;
    /// null when those events make no case (a record tampered with, which verification names).
    /// </summary>
    public static async Task<CaseView?> At(IQuerySession session, Guid id, JasperFx.Events.IEvent last, Actor viewer)
    {
        var notification = await session.Events.AggregateStreamAsync<Notification>(id, version: last.Version);
        return notification is null ? null : CaseView.For(notification, (int)last.Version, viewer, last.Timestamp);
    }

    private static IResult Problem(string detail) =>
        Results.Problem(title: "The moment asked for is not valid", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
