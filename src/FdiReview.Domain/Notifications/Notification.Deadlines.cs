using FdiReview.Domain.Clocks;

namespace FdiReview.Domain.Notifications;

// What happens when a statutory period ends on its own.
public sealed partial class Notification
{
    /// <summary>
    /// A scheduled deadline fired. Nothing happens if the case moved on (the clock's key changed, or the
    /// request was answered); otherwise the elapse is recorded — and a FEFTA waiting period that ends with no
    /// recommendation lets the investment proceed (Art. 27(2)); an unanswered recommendation counts as refused.
    /// </summary>
    public IReadOnlyList<object> DeadlineReached(string clockKey, DateTimeOffset now)
    {
        if (!Status.IsOpen() || Clock is null || Clock.Elapsed || Clock.Key != clockKey) return [];
        return Clock.Phase switch
        {
            ClockPhase.WaitingPeriod when Status == NotificationStatus.UnderReview =>
                [new WaitingPeriodElapsed(Id, Clock.Due, now), new NotificationClosed(Id, CaseOutcome.InvestmentMayProceed, [], now)],
            ClockPhase.RecommendationReply when Status == NotificationStatus.RecommendationIssued =>
                [new RecommendationUnanswered(Id, Clock.Due, now), new ClockPhaseStarted(Id, RecommendationReviewClock(now), now)],
            _ => [new ClockPhaseElapsed(Id, Clock.Phase, Clock.Due, now)],
        };
    }

    public IReadOnlyList<object> InformationDeadlineReached(Guid requestId, DateTimeOffset now)
    {
        var request = InformationRequests.FirstOrDefault(r => r.Id == requestId);
        return request is { Open: true, Overdue: false } && Status.IsOpen()
            ? [new InformationRequestOverdue(Id, requestId, request.Due, now)]
            : [];
    }
}
