using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using Marten;
using Wolverine;

namespace FdiReview.Web.Review;

/// <summary>A statutory period's end, delivered as a durable scheduled message.</summary>
public sealed record ClockDeadline(Guid NotificationId, string ClockKey);

/// <summary>An information request's response deadline.</summary>
public sealed record InformationDeadline(Guid NotificationId, Guid RequestId);

/// <summary>
/// Every event that starts a period schedules its deadline at the end of the due day in the regime's
/// time zone. Messages are durable (Wolverine's inbox in PostgreSQL), so they survive a restart; when one
/// fires, the aggregate decides whether the case has moved on.
/// </summary>
public static class Deadlines
{
    public static IEnumerable<(object Message, DateTimeOffset At)> For(Guid notificationId, FdiReview.Domain.Screening.Regime regime, IEnumerable<object> events)
    {
        var calendar = ClockRules.CalendarFor(regime);
        foreach (var e in events)
            switch (e)
            {
                case ClockPhaseStarted started:
                    yield return (new ClockDeadline(notificationId, started.Clock.Key), calendar.EndOf(started.Clock.Due));
                    break;
                case InformationRequested requested:
                    yield return (new InformationDeadline(notificationId, requested.RequestId), calendar.EndOf(requested.Due));
                    break;
            }
    }

    public static async Task Schedule(IMessageBus bus, Guid notificationId, FdiReview.Domain.Screening.Regime regime, IEnumerable<object> events)
    {
        foreach (var (message, at) in For(notificationId, regime, events))
            await bus.ScheduleAsync(message, at);
    }
}

/// <summary>When a deadline fires, the aggregate records what the end of the period means, unless the case moved on.</summary>
public static class ClockDeadlineHandler
{
    public static async Task Handle(ClockDeadline deadline, IDocumentSession session, IMessageContext bus, TimeProvider time, CaseCommands cases)
    {
        var stream = await session.Events.FetchForWriting<Notification>(deadline.NotificationId);
        if (stream.Aggregate is not { } notification) return;
        var now = time.GetUtcNow();
        var events = notification.DeadlineReached(deadline.ClockKey, now);
        if (events.Count == 0) return;
        events = [.. events, .. cases.Prioritise(notification, events, now, await Queue.InvestorRecord.Of(session, notification.Organization, notification.Id))];
        session.LastModifiedBy = "system:deadline";
        stream.AppendMany(events);
        await Deadlines.Schedule(bus, notification.Id, notification.Regime, events);
    }

    public static async Task Handle(InformationDeadline deadline, IDocumentSession session, TimeProvider time)
    {
        var stream = await session.Events.FetchForWriting<Notification>(deadline.NotificationId);
        if (stream.Aggregate is not { } notification) return;
        var events = notification.InformationDeadlineReached(deadline.RequestId, time.GetUtcNow());
        if (events.Count == 0) return;
        session.LastModifiedBy = "system:deadline";
        stream.AppendMany(events);
    }
}
