using FdiReview.Domain.Clocks;
using FdiReview.Domain.Priority;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Notifications;

/// <summary>The case's priority changed, and why (the step that changed it).</summary>
public sealed record PriorityAssessed(Guid NotificationId, Screening.Priority Priority, string Trigger, DateTimeOffset At);

public sealed partial class Notification
{
    public Screening.Priority? Priority { get; set; }

    public void Apply(PriorityAssessed e) => Priority = e.Priority;

    /// <summary>Applies new events to this state, as Marten will when it replays them.</summary>
    public Notification Include(IEnumerable<object> events)
    {
        foreach (var e in events) ((dynamic)this).Apply((dynamic)e);
        return this;
    }

    /// <summary>
    /// Recomputes the priority as the case moves; a change is recorded as its own event, with the step that
    /// caused it, so the queue's order can always be explained. Closed cases drop out of the queue.
    /// </summary>
    public IReadOnlyList<object> Reprioritise(string trigger, DateTimeOffset now, PriorityWeights weights, InvestorHistory? history = null)
    {
        if (!Status.IsOpen()) return [];
        var clock = Clock?.Read(now, ClockRules.CalendarFor(Regime));
        var priority = CasePriority.Assess(Determination, clock, history ?? InvestorHistory.None, weights);
        return Priority is { } current && current.Score == priority.Score && current.Factors.Select(f => f.Factor).SequenceEqual(priority.Factors.Select(f => f.Factor))
            ? []
            : [new PriorityAssessed(Id, priority, trigger, now)];
    }
}
