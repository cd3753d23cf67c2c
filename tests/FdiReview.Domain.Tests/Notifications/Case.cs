using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using FdiReview.Domain.Tests.Screening;

namespace FdiReview.Domain.Tests.Notifications;

/// <summary>Given-events / when-command / then-events helpers for the notification aggregate.</summary>
public static class Case
{
    public static readonly Actor Investor = new("investor-a", "Li Wei", Roles.Investor, "harbour-lane");
    public static readonly Actor OtherInvestor = new("investor-b", "Anna Keller", Roles.Investor, "rhein");
    public static readonly Actor Officer = new("officer-1", "Kenji Sato", Roles.Officer);
    public static readonly Actor SecondOfficer = new("officer-2", "Emily Park", Roles.Officer);
    public static readonly Actor Supervisor = new("supervisor-1", "Haruka Ito", Roles.Supervisor);
    public static readonly Actor Auditor = new("auditor-1", "Daniel Reyes", Roles.Auditor);

    /// <summary>Monday 2 March 2026, 10:00 in Tokyo (01:00 UTC) — also a Sunday evening in New York.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    /// <summary>Monday 2 March 2026, 10:00 in New York.</summary>
    public static readonly DateTimeOffset MondayNewYork = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    public static TransactionFacts Fefta => Facts.Fefta(5, FeftaSector.Designated);

    public static List<object> Filed(TransactionFacts? facts = null, DateTimeOffset? at = null, SubmissionKind? kind = null) =>
        [.. Notification.File(Guid.NewGuid(), facts ?? SampleFacts.Firrma(), Investor, at ?? MondayNewYork, kind: kind)];

    public static Notification Replay(IEnumerable<object> events)
    {
        Notification? notification = null;
        foreach (var e in events)
        {
            if (notification is null) notification = Notification.Create((NotificationFiled)e);
            else notification.Include([e]);
        }
        return notification!;
    }

    /// <summary>Applies a decision's events to the history and returns them.</summary>
    public static IReadOnlyList<object> Then(this List<object> history, Func<Notification, IReadOnlyList<object>> decide)
    {
        var events = decide(Replay(history));
        history.AddRange(events);
        return events;
    }

    public static Notification State(this List<object> history) => Replay(history);

    /// <summary>Approves the decision and conditions the proposal states, as an approver who read it does.</summary>
    public static IReadOnlyList<object> ApproveAsProposed(this Notification notification, Actor approver, DateTimeOffset now) =>
        notification.ApproveDecision(notification.Proposal?.Decision ?? default, notification.Proposal?.Conditions, approver, now);
}
