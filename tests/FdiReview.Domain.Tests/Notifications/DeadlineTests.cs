using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using static FdiReview.Domain.Tests.Notifications.Case;

namespace FdiReview.Domain.Tests.Notifications;

/// <summary>Periods that end on their own (fdi-rules §4; FEFTA Art. 27(2); 31 CFR 800.503).</summary>
public class DeadlineTests
{
    [Fact]
    public void A_FEFTA_waiting_period_that_ends_with_no_action_lets_the_investment_proceed_Art_27_2()
    {
        var history = Filed(Fefta, Monday);
        history.Then(n => n.Accept(Officer, Monday));
        var key = history.State().Clock!.Key;
        var events = history.Then(n => n.DeadlineReached(key, Monday.AddDays(30)));
        events[0].ShouldBeOfType<WaitingPeriodElapsed>().Due.ShouldBe(new DateOnly(2026, 3, 31));
        history.State().Outcome.ShouldBe(CaseOutcome.InvestmentMayProceed);
    }

    [Fact]
    public void A_deadline_that_the_case_has_moved_past_does_nothing()
    {
        var history = Filed(Fefta, Monday);
        history.Then(n => n.Accept(Officer, Monday));
        var stale = history.State().Clock!.Key;
        history.Then(n => n.ExtendReview("Needed.", Officer, Monday));
        history.State().DeadlineReached(stale, Monday.AddDays(30)).ShouldBeEmpty();
    }

    [Fact]
    public void An_elapsed_CFIUS_review_is_recorded_once_and_leaves_the_case_for_the_officers()
    {
        var history = Filed();
        history.Then(n => n.Accept(Officer, MondayNewYork));
        var key = history.State().Clock!.Key;
        history.Then(n => n.DeadlineReached(key, MondayNewYork.AddDays(46))).Single().ShouldBeOfType<ClockPhaseElapsed>();
        history.State().Status.ShouldBe(NotificationStatus.UnderReview);
        history.State().DeadlineReached(key, MondayNewYork.AddDays(47)).ShouldBeEmpty();
    }

    [Fact]
    public void An_unanswered_information_request_becomes_overdue_once()
    {
        var history = Filed();
        var id = Guid.NewGuid();
        history.Then(n => n.RequestInformation(id, "Q", Officer, MondayNewYork));
        history.Then(n => n.InformationDeadlineReached(id, MondayNewYork.AddDays(4))).Single().ShouldBeOfType<InformationRequestOverdue>();
        history.State().InformationRequests.Single().Overdue.ShouldBeTrue();
        history.State().InformationDeadlineReached(id, MondayNewYork.AddDays(5)).ShouldBeEmpty();
    }

    [Fact]
    public void An_unanswered_recommendation_counts_as_refused_J16()
    {
        var history = Filed(Fefta, Monday);
        history.Then(n => n.Accept(Officer, Monday));
        history.Then(n => n.RecordCouncilOpinion(n.AcceptedOn, "The Council sees a risk to the core technology.", Officer, Monday));
        history.Then(n => n.ProposeDecision(DecisionKind.Recommendation, "Risk.", [], Officer, Monday));
        history.Then(n => n.ApproveAsProposed(SecondOfficer, Monday));
        var key = history.State().Clock!.Key;
        history.Then(n => n.DeadlineReached(key, Monday.AddDays(11)))[0].ShouldBeOfType<RecommendationUnanswered>();
        history.State().RecommendationRefused.ShouldBeTrue();
        history.State().PossibleDecisions().ShouldBe([DecisionKind.Order]);
    }

    [Fact]
    public void The_console_offers_each_role_only_what_it_may_do()
    {
        var history = Filed();
        var now = MondayNewYork;
        history.State().AllowedActions(Officer, now).ShouldBe(
            [CaseAction.Accept, CaseAction.ReturnIncomplete, CaseAction.TakeCase, CaseAction.RequestInformation, CaseAction.RequestConsultation, CaseAction.CorrectFacts],
            ignoreOrder: true);
        history.State().AllowedActions(Investor, now).ShouldBe([CaseAction.Withdraw, CaseAction.CorrectFacts], ignoreOrder: true);
        history.State().AllowedActions(Auditor, now).ShouldBeEmpty();

        history.Then(n => n.Accept(Officer, now));
        history.Then(n => n.ProposeDecision(DecisionKind.Cleared, "Fine.", [], Officer, now));
        history.State().AllowedActions(Officer, now).ShouldNotContain(CaseAction.ApproveDecision);
        history.State().AllowedActions(SecondOfficer, now).ShouldContain(CaseAction.ApproveDecision);
    }
}
