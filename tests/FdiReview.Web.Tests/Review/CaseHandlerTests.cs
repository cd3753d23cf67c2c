using FdiReview.Domain;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Priority;
using FdiReview.Domain.Screening;
using FdiReview.Web.Infrastructure;
using FdiReview.Web.Intake.Withdrawing;
using FdiReview.Web.Review;
using FdiReview.Web.Review.Accepting;
using FdiReview.Web.Review.RequestingInformation;
using Wolverine;

namespace FdiReview.Web.Tests.Review;

/// <summary>The handlers are pure: given the case as loaded, they return its events and the deadlines to schedule, or refuse. No database.</summary>
public class CaseHandlerTests
{
    private static readonly Actor Officer = SampleCases.Officer;
    private static readonly Actor Investor = SampleCases.Investor;
    private static readonly Actor Stranger = new("investor-b", "Anna Keller", Roles.Investor, "rhein-technologie");
    private static readonly CaseRules Rules = SampleCases.Rules;

    private static Notification Filed() => SampleCases.Filed();

    [Fact]
    public void Accepting_a_notice_starts_the_review_period_and_schedules_its_end_31_CFR_800_503()
    {
        var notification = Filed();
        var (changed, events, deadlines) = AcceptNotificationHandler.Handle(new AcceptNotification(notification.Id, notification.Version), notification,
            Officer, InvestorHistory.None, Rules);

        var started = events.OfType<ClockPhaseStarted>().ShouldHaveSingleItem();
        started.Clock.Phase.ShouldBe(ClockPhase.Review);
        changed.Version.ShouldBe(notification.Version + events.Count);
        deadlines.OfType<object>().ShouldHaveSingleItem();
    }

    [Fact]
    public void The_decision_is_folded_into_a_copy_so_the_loaded_case_is_untouched()
    {
        var notification = Filed();
        RequestInformationHandler.Handle(new RequestInformation(notification.Id, "Who controls the GP?"), notification, Officer, InvestorHistory.None, Rules);
        notification.InformationRequests.ShouldBeEmpty(); // Marten folds the appended events into this very instance at commit
    }

    [Fact]
    public void A_withdrawal_with_refiling_starts_the_new_notification_linked_to_the_old_31_CFR_800_509()
    {
        var notification = Filed();
        var (answer, events, _, start) = WithdrawNotificationHandler.Handle(
            new WithdrawNotification(notification.Id, "Restructured", new RefileNotification(notification.Facts, null)), notification, Investor, InvestorHistory.None, Rules);

        answer.RefiledAs.ShouldNotBeNull();
        events.OfType<NotificationWithdrawn>().ShouldHaveSingleItem().RefiledAs.ShouldBe(answer.RefiledAs);
        start.ShouldBeAssignableTo<Wolverine.Marten.IStartStream>()!.StreamId.ShouldBe(answer.RefiledAs!.Value);
    }

    [Fact]
    public void An_outdated_or_missing_version_is_refused_before_any_decision()
    {
        var notification = Filed();
        Should.Throw<VersionRefusal>(() => CaseCommandChecks.Check(new AcceptNotification(notification.Id, notification.Version - 1), new DecidedOn(null), notification, Officer))
            .CurrentVersion.ShouldBe(notification.Version);
        Should.Throw<VersionRefusal>(() => CaseCommandChecks.Check(new AcceptNotification(notification.Id), new DecidedOn(null), notification, Officer)).Missing.ShouldBeTrue();
        // If-Match wins over the body.
        CaseCommandChecks.Check(new AcceptNotification(notification.Id, 1), new DecidedOn(notification.Version), notification, Officer);
    }

    [Fact]
    public void A_case_the_user_may_not_see_is_not_found_whatever_the_version() =>
        Should.Throw<NotFound>(() => CaseCommandChecks.Check(new AcceptNotification(Filed().Id, 1), new DecidedOn(null), Filed(), Stranger));

    [Fact]
    public void A_refused_step_refuses_with_the_reason_from_the_domain()
    {
        var notification = Filed();
        Should.Throw<DomainRefusal>(() => AcceptNotificationHandler.Handle(new AcceptNotification(notification.Id, notification.Version), notification,
            Investor, InvestorHistory.None, Rules));
    }
}
