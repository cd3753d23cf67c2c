using FdiReview.Domain;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Mitigation;
using FdiReview.Domain.Notifications;
using FdiReview.Web.Review;
using JasperFx;
using Marten;
using Wolverine;
using Wolverine.Marten;

namespace FdiReview.Web.Mitigation;

/// <summary>An obligation's due date, as a durable scheduled message.</summary>
public sealed record ObligationDeadline(Guid AgreementId, Guid ObligationId);
public sealed record RemediationDeadline(Guid AgreementId, Guid ViolationId, DateOnly Due);

/// <summary>
/// Runs one decision of a mitigation agreement: loads it for writing, checks that the user is a party
/// (the agency, or a participant of the notification), appends the events and schedules obligation
/// deadlines through the outbox.
/// </summary>
public sealed class AgreementCommands(IServiceScopeFactory scopes, TimeProvider time)
{
    public Task<CaseCommandResult> Run(Guid agreementId, Actor actor,
        Func<MitigationAgreement, DateTimeOffset, DateOnly, IReadOnlyList<object>> decide, CancellationToken cancellation = default) =>
        Run(agreementId, actor, (a, _, now, today) => decide(a, now, today), cancellation);

    /// <summary>For decisions that also need the notification the agreement belongs to (e.g. its documents).</summary>
    public async Task<CaseCommandResult> Run(Guid agreementId, Actor actor,
        Func<MitigationAgreement, Notification, DateTimeOffset, DateOnly, IReadOnlyList<object>> decide, CancellationToken cancellation = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        var session = outbox.Session!;
        var stream = await session.Events.FetchForWriting<MitigationAgreement>(agreementId, cancellation);
        var notification = stream.Aggregate is { } found ? await session.LoadAsync<Notification>(found.NotificationId, cancellation) : null;
        if (stream.Aggregate is not { } agreement || notification is null || !notification.IsVisibleTo(actor))
            return new CaseCommandResult(CaseCommandStatus.NotFound, 0, "No such agreement.");
        var calendar = ClockRules.CalendarFor(notification.Regime);
        var current = (int)(stream.CurrentVersion ?? 0);
        IReadOnlyList<object> events;
        try
        {
            var now = time.GetUtcNow();
            events = decide(agreement, notification, now, calendar.Today(now));
        }
        catch (DomainRefusal refusal)
        {
            return new CaseCommandResult(CaseCommandStatus.Refused, current, refusal.Message);
        }
        session.LastModifiedBy = actor.UserId;
        stream.AppendMany(events);
        // The notification learns of the signed agreement in the same transaction.
        foreach (var inForce in events.OfType<AgreementInForce>())
            session.Events.Append(agreement.NotificationId, new MitigationAgreementInForce(agreement.NotificationId, agreementId, inForce.Version, inForce.At));
        await ScheduleDeadlines(outbox, events, calendar);
        try
        {
            await session.SaveChangesAsync(cancellation);
        }
        catch (ConcurrencyException)
        {
            return new CaseCommandResult(CaseCommandStatus.StaleVersion, current, "Someone else changed the agreement at the same moment. Reload it and try again.");
        }
        return new CaseCommandResult(CaseCommandStatus.Done, current + events.Count, null, events);
    }

    public static async Task ScheduleDeadlines(IMessageBus bus, IEnumerable<object> events, IBusinessCalendar calendar)
    {
        foreach (var scheduled in events.OfType<ObligationScheduled>())
            await bus.ScheduleAsync(new ObligationDeadline(scheduled.AgreementId, scheduled.ObligationId), calendar.EndOf(scheduled.Due));
        foreach (var plan in events.OfType<RemediationPlanSet>())
            await bus.ScheduleAsync(new RemediationDeadline(plan.AgreementId, plan.ViolationId, plan.Due), calendar.EndOf(plan.Due));
    }

    public static async Task<bool> CanSee(IQuerySession session, MitigationAgreement agreement, Actor actor, CancellationToken cancellation = default) =>
        actor.Role != Roles.Investor || (await session.LoadAsync<Notification>(agreement.NotificationId, cancellation))?.IsVisibleTo(actor) == true;
}

/// <summary>Obligation and remediation deadlines reached: the agreement decides whether anything is now overdue.</summary>
public static class AgreementDeadlineHandler
{
    public static Task Handle(ObligationDeadline deadline, IDocumentSession session, TimeProvider time) =>
        Reached(session, deadline.AgreementId, a => a.ObligationDeadlineReached(deadline.ObligationId, time.GetUtcNow()));

    public static Task Handle(RemediationDeadline deadline, IDocumentSession session, TimeProvider time) =>
        Reached(session, deadline.AgreementId, a => a.RemediationDeadlineReached(deadline.ViolationId, deadline.Due, time.GetUtcNow()));

    private static async Task Reached(IDocumentSession session, Guid agreementId, Func<MitigationAgreement, IReadOnlyList<object>> decide)
    {
        var stream = await session.Events.FetchForWriting<MitigationAgreement>(agreementId);
        if (stream.Aggregate is not { } agreement) return;
        var events = decide(agreement);
        if (events.Count == 0) return;
        session.LastModifiedBy = "system:deadline";
        stream.AppendMany(events);
    }
}
