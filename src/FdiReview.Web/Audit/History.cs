using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Domain.Mitigation;
using FdiReview.Domain.Notifications;
using FdiReview.Web.Identity;
using FdiReview.Web.Intake;
using FdiReview.Web.Mitigation;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Audit;

/// <summary>Narrows a history: by event type, by who acted (user id or name), by role, by period and by words in the line.</summary>
public sealed record HistoryFilter(string? Type = null, string? Actor = null, string? Role = null, DateTimeOffset? From = null,
    DateTimeOffset? To = null, string? Text = null)
{
    public bool Admits(CaseHistoryEntry e) =>
        (Type is null || Type.Split(',', StringSplitOptions.TrimEntries).Contains(e.EventType, StringComparer.OrdinalIgnoreCase)) &&
        (Actor is null || Contains(e.UserId, Actor) || Contains(e.ActorName, Actor)) &&
        (Role is null || string.Equals(e.ActorRole, Role, StringComparison.OrdinalIgnoreCase)) &&
        (From is null || e.At >= From) && (To is null || e.At < To) &&
        (Text is null || Contains(e.Summary, Text));

    private static bool Contains(string? value, string part) => value?.Contains(part, StringComparison.OrdinalIgnoreCase) == true;
}

/// <summary>
/// The history of a case or an agreement in plain words, one line per event, with who, their role, when, and
/// the correlation and causation ids that tie a line to the request that caused it. The agency reads all of
/// it; the filing parties read the public part of their own cases.
/// </summary>
public static class HistoryEndpoints
{
    [WolverineGet("/api/notifications/{id}/history"), Authorize]
    public static async Task<IResult> Case(Guid id, ClaimsPrincipal user, IQuerySession session,
        string? type, string? actor, string? role, DateTimeOffset? from, DateTimeOffset? to, string? text)
    {
        var viewer = user.RequireActor();
        var notification = await session.LoadAsync<Notification>(id);
        if (notification is null || !notification.IsVisibleTo(viewer)) return Results.NotFound();
        var events = await session.Events.FetchStreamAsync(id);
        var filter = new HistoryFilter(type, actor, role, from, to, text);
        return viewer.Role == Roles.Investor
            ? Results.Ok(PublicHistoryLine.Numbered(Lines(events, new HistoryFilter(), data => PublicTo(data, notification, viewer))).Where(l => filter.Admits(l.Entry)).Select(l => l.Line))
            : Results.Ok(Lines(events, filter, null));
    }

    [WolverineGet("/api/agreements/{id}/history"), Authorize]
    public static async Task<IResult> Agreement(Guid id, ClaimsPrincipal user, IQuerySession session,
        string? type, string? actor, string? role, DateTimeOffset? from, DateTimeOffset? to, string? text)
    {
        var viewer = user.RequireActor();
        var agreement = await session.LoadAsync<MitigationAgreement>(id);
        if (agreement is null || !await AgreementCase.CanSee(session, agreement, viewer)) return Results.NotFound();
        var events = await session.Events.FetchStreamAsync(id);
        var filter = new HistoryFilter(type, actor, role, from, to, text);
        return viewer.Role == Roles.Investor
            ? Results.Ok(PublicHistoryLine.Numbered(Lines(events, new HistoryFilter(), CaseHistoryEntry.IsPublic)).Where(l => filter.Admits(l.Entry)).Select(l => l.Line))
            : Results.Ok(Lines(events, filter, null));
    }

    /// <summary>Who opened the case's pages and documents: for auditors and supervisors.</summary>
    [WolverineGet("/api/notifications/{id}/access-log"), Authorize(Policy = Policies.Overseers)]
    public static async Task<IResult> Access(Guid id, IQuerySession session)
    {
        if (await session.Events.FetchStreamStateAsync(id) is null) return Results.NotFound();
        var events = await session.Events.FetchStreamAsync(AccessLog.StreamFor(id));
        return Results.Ok(Lines(events, new HistoryFilter(), null));
    }

    public static IReadOnlyList<CaseHistoryEntry> Lines(IEnumerable<IEvent> events, HistoryFilter filter, Func<object, bool>? visible) =>
        events.Where(e => visible?.Invoke(e.Data) ?? true).Select(CaseHistory.Entry).Where(filter.Admits).ToList();

    /// <summary>A party sees the public lines, and attachments only where it may see the document itself.</summary>
    public static bool PublicTo(object data, Notification notification, Actor viewer) =>
        CaseHistoryEntry.IsPublic(data) && (data is not DocumentAttached d || notification.CanSee(d.Document, viewer));
}

/// <summary>
/// A line of the public history as a filing party reads it: numbered among the public lines alone, with who acted in
/// what role and when. It has no place for the record's version or sequence numbers, whose gaps would tell that
/// internal steps happened between two public ones.
/// </summary>
public sealed record PublicHistoryLine(int Number, string EventType, string Summary, DateTimeOffset At, string? ActorName, string? ActorRole)
{
    public static IEnumerable<(CaseHistoryEntry Entry, PublicHistoryLine Line)> Numbered(IReadOnlyList<CaseHistoryEntry> publicEntries) =>
        publicEntries.Select((e, i) => (e, new PublicHistoryLine(i + 1, e.EventType, e.Summary, e.At, e.ActorName, e.ActorRole)));
}
