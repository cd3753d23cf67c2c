using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Priority;
using Marten;
using FdiReview.Web.Infrastructure;
using Wolverine;
using Wolverine.Attributes;
using Wolverine.Marten;

namespace FdiReview.Web.Review;

/// <summary>A statutory period's end, delivered as a durable scheduled message.</summary>
public sealed record ClockDeadline(Guid NotificationId, string ClockKey) : ICaseMessage, IDeadline;

/// <summary>An information request's response deadline.</summary>
public sealed record InformationDeadline(Guid NotificationId, Guid RequestId) : ICaseMessage, IDeadline;

/// <summary>
/// Every event that starts a period schedules its deadline at the end of the due day in the regime's
/// time zone. Messages are durable (Wolverine's inbox in PostgreSQL), so they survive a restart; when one
/// fires, the aggregate decides whether the case has moved on.
/// </summary>
public static class Deadlines
{
    public static IEnumerable<(object Message, DateTimeOffset At)> Of(Guid notificationId, FdiReview.Domain.Screening.Regime regime, IEnumerable<object> events)
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

    /// <summary>The same, as messages a handler returns to be scheduled in its transaction.</summary>
    public static OutgoingMessages For(Guid notificationId, FdiReview.Domain.Screening.Regime regime, IEnumerable<object> events)
    {
        var messages = new OutgoingMessages();
        foreach (var (message, at) in Of(notificationId, regime, events)) messages.Schedule(message, at);
        return messages;
    }
}

/// <summary>When a deadline fires, the aggregate records what the end of the period means, unless the case moved on.</summary>
public static class ClockDeadlineHandler
{
    [WolverineBefore]
    public static void Before(IDocumentSession session) => session.LastModifiedBy = "system:deadline";

    public static (Events, OutgoingMessages) Handle(ClockDeadline deadline, [Case] Notification notification,
        InvestorHistory history, CaseRules rules)
    {
        var (_, events, deadlines) = rules.Decided(notification, history, notification.DeadlineReached(deadline.ClockKey, rules.Now));
        return (events, deadlines);
    }
}

public static class InformationDeadlineHandler
{
    [WolverineBefore]
    public static void Before(IDocumentSession session) => session.LastModifiedBy = "system:deadline";

    public static Events Handle(InformationDeadline deadline, [Case] Notification notification, CaseRules rules) =>
        [.. notification.InformationDeadlineReached(deadline.RequestId, rules.Now)];
}
