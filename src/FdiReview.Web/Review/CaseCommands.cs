using FdiReview.Domain;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using JasperFx;
using Wolverine.Marten;

namespace FdiReview.Web.Review;

/// <summary>What became of a command on a case.</summary>
public sealed record CaseCommandResult(CaseCommandStatus Status, int Version, string? Message = null, IReadOnlyList<object>? Events = null)
{
    public bool Succeeded => Status == CaseCommandStatus.Done;
}

public enum CaseCommandStatus { Done, NotFound, VersionRequired, StaleVersion, Refused }

/// <summary>
/// Runs one decision of the notification aggregate for the API and the console alike: loads the stream
/// for writing, checks the version the user decided on (optimistic concurrency: two officers acting at
/// once never both win), asks the aggregate, appends its events and schedules their deadlines through
/// Wolverine's Marten outbox, all in one transaction.
/// </summary>
public sealed class CaseCommands(IServiceScopeFactory scopes, TimeProvider time, ClockRules clocks, ScreeningOptions screening)
{
    public ClockRules Clocks => clocks;
    public ScreeningOptions Screening => screening;

    /// <param name="startStream">A new notification to start in the same transaction (withdraw-and-refile).</param>
    /// <param name="alongside">Documents to store in the same transaction (an attachment's content).</param>
    /// <param name="versionRequired">False for purely additive steps (attachments), which cannot conflict.</param>
    public async Task<CaseCommandResult> Run(Guid id, int? expectedVersion, Actor actor,
        Func<Notification, DateTimeOffset, IReadOnlyList<object>> decide, CancellationToken cancellation = default,
        Func<DateTimeOffset, (Guid Id, IReadOnlyList<object> Events)>? startStream = null,
        Action<Marten.IDocumentSession>? alongside = null, bool versionRequired = true)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        var session = outbox.Session!;

        var stream = await session.Events.FetchForWriting<Notification>(id, cancellation);
        if (stream.Aggregate is not { } notification || !notification.IsVisibleTo(actor))
            return new CaseCommandResult(CaseCommandStatus.NotFound, 0, "No such notification.");
        var current = (int)(stream.CurrentVersion ?? 0);
        if (!versionRequired) expectedVersion ??= current;
        if (expectedVersion is null)
            return new CaseCommandResult(CaseCommandStatus.VersionRequired, current,
                "Say which version of the case you decided on: an If-Match header or expectedVersion in the body.");
        if (expectedVersion != current)
            return new CaseCommandResult(CaseCommandStatus.StaleVersion, current,
                $"The case changed since you loaded it (you have version {expectedVersion}, it is now at {current}). Reload it and decide again.");

        IReadOnlyList<object> events;
        (Guid Id, IReadOnlyList<object> Events)? started = null;
        var history = await Queue.InvestorRecord.Of(session, notification.Organization, id, cancellation);
        try
        {
            var now = time.GetUtcNow();
            events = decide(notification, now);
            events = [.. events, .. Prioritise(notification, events, now, history)];
            started = startStream?.Invoke(now);
            if (started is { } refile) started = (refile.Id, [.. refile.Events, .. Prioritise(refile.Events, now, history)]);
        }
        catch (DomainRefusal refusal)
        {
            return new CaseCommandResult(CaseCommandStatus.Refused, current, refusal.Message);
        }

        session.LastModifiedBy = actor.UserId;
        stream.AppendMany(events);
        alongside?.Invoke(session);
        await Deadlines.Schedule(outbox, id, notification.Regime, events);
        if (started is { } refiled)
        {
            session.Events.StartStream<Notification>(refiled.Id, [.. refiled.Events]);
            await Deadlines.Schedule(outbox, refiled.Id, notification.Regime, refiled.Events);
        }
        try
        {
            await session.SaveChangesAsync(cancellation);
        }
        catch (ConcurrencyException)
        {
            await using var fresh = scope.ServiceProvider.GetRequiredService<Marten.IDocumentStore>().QuerySession();
            var now = (await fresh.Events.FetchStreamStateAsync(id, cancellation))?.Version ?? current;
            return new CaseCommandResult(CaseCommandStatus.StaleVersion, (int)now,
                $"Someone else changed the case at the same moment; it is now at version {now}. Reload it and decide again.");
        }
        return new CaseCommandResult(CaseCommandStatus.Done, current + events.Count, null, events);
    }

    /// <summary>The priority after these events, as an event of its own when it changed (named after the step).</summary>
    public IReadOnlyList<object> Prioritise(Notification before, IReadOnlyList<object> events, DateTimeOffset now, Domain.Priority.InvestorHistory history)
    {
        if (events.Count == 0) return [];
        var after = System.Text.Json.JsonSerializer.Deserialize<Notification>(System.Text.Json.JsonSerializer.Serialize(before))!.Include(events);
        return after.Reprioritise(Trigger(events), now, screening.Priority, history);
    }

    /// <summary>The priority of a new notification, from its first events.</summary>
    public IReadOnlyList<object> Prioritise(IReadOnlyList<object> filingEvents, DateTimeOffset now, Domain.Priority.InvestorHistory history) =>
        Notification.Create((NotificationFiled)filingEvents[0]).Include(filingEvents.Skip(1))
            .Reprioritise("notification_filed", now, screening.Priority, history);

    private static string Trigger(IReadOnlyList<object> events) =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(events[0].GetType().Name);
}
