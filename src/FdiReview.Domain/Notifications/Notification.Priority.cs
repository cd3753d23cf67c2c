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
    public Notification Include(IEnumerable<object> events) => Fold<Notification>.Apply(this, events);

    /// <summary>
    /// A decision's events followed by the priority they lead to, when it changed (named after the step): the
    /// state after them is this state's copy with the events folded in, as Marten will fold them into this one.
    /// </summary>
    public IReadOnlyList<object> Prioritised(IReadOnlyList<object> decided, DateTimeOffset now, PriorityWeights weights, InvestorHistory history) =>
        decided.Count == 0 ? decided
            : [.. decided, .. Copy().Include(decided).Reprioritise(System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(decided[0].GetType().Name), now, weights, history)];

    /// <summary>This state, with collections of its own, so folding events into the copy leaves this one as it was.</summary>
    public Notification Copy()
    {
        var copy = (Notification)MemberwiseClone();
        copy.InformationRequests = [.. InformationRequests];
        copy.Consultations = [.. Consultations];
        copy.Documents = [.. Documents];
        copy.Participants = [.. Participants];
        return copy;
    }

    /// <summary>A new notification's first events, with its first priority.</summary>
    public static IReadOnlyList<object> FiledAndPrioritised(IReadOnlyList<object> filed, DateTimeOffset now, PriorityWeights weights, InvestorHistory history) =>
        [.. filed, .. Create((NotificationFiled)filed[0]).Include(filed.Skip(1)).Reprioritise("notification_filed", now, weights, history)];

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
