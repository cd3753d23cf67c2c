using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Priority;
using FdiReview.Domain.Screening;
using Wolverine;
using Wolverine.Marten;

namespace FdiReview.Web.Review;

/// <summary>
/// What every decision on a case is given besides the case (the time, the statutory periods, the screening
/// settings), and what it adds to its own events: the priority they lead to and the deadlines they start,
/// as durable messages scheduled in the same transaction.
/// </summary>
public sealed class CaseRules(TimeProvider time, ClockRules clocks, ScreeningOptions screening)
{
    public DateTimeOffset Now => time.GetUtcNow();
    public ClockRules Clocks => clocks;
    public ScreeningOptions Screening => screening;

    public (CaseChanged, Events, OutgoingMessages) Decided(Notification notification, InvestorHistory history, IReadOnlyList<object> decided)
    {
        var version = notification.Version;
        var events = notification.Prioritised(decided, Now, screening.Priority, history);
        return (new CaseChanged(version + events.Count), [.. events], Deadlines.For(notification.Id, notification.Regime, events));
    }

    /// <summary>A new notification's first events, followed by its first priority.</summary>
    public IReadOnlyList<object> Filed(IReadOnlyList<object> filed, InvestorHistory history) =>
        Notification.FiledAndPrioritised(filed, Now, screening.Priority, history);
}
