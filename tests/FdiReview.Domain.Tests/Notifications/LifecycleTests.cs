using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Tests.Screening;
using static FdiReview.Domain.Tests.Notifications.Case;

namespace FdiReview.Domain.Tests.Notifications;

/// <summary>The review lifecycle: every transition and every refusal, with the source of each legal rule (domain/fdi-rules.md).</summary>
public class LifecycleTests
{
    private static readonly DateTimeOffset Later = MondayNewYork.AddDays(1);

    [Fact]
    public void Filing_opens_the_acceptance_period_CFR_800_501_i_10_business_days()
    {
        var history = Filed();
        var clock = history.OfType<ClockPhaseStarted>().Single().Clock;
        clock.Phase.ShouldBe(ClockPhase.Acceptance);
        clock.Due.ShouldBe(new DateOnly(2026, 3, 16));
    }

    [Fact]
    public void A_filing_returned_as_incomplete_names_the_missing_items_and_can_be_resubmitted()
    {
        var history = Filed();
        history.Then(n => n.ReturnIncomplete(["Ownership chart of Fund GP"], Officer, Later));
        history.State().Status.ShouldBe(NotificationStatus.ReturnedIncomplete);
        history.State().MissingItems.ShouldBe(["Ownership chart of Fund GP"]);
        Should.Throw<DomainRefusal>(() => history.State().Accept(Officer, Later)).Message.ShouldContain("awaiting acceptance");

        history.Then(n => n.Resubmit("Chart attached.", Investor, Later));
        history.State().Status.ShouldBe(NotificationStatus.Filed);
        history.State().Clock!.Phase.ShouldBe(ClockPhase.Acceptance);
    }

    [Fact]
    public void Returning_needs_an_item_an_officer_and_a_filing_awaiting_acceptance()
    {
        var history = Filed();
        Should.Throw<DomainRefusal>(() => history.State().ReturnIncomplete([" "], Officer, Later));
        Should.Throw<DomainRefusal>(() => history.State().ReturnIncomplete(["x"], Investor, Later));
        Should.Throw<DomainRefusal>(() => history.State().Resubmit(null, Investor, Later));
    }

    [Fact]
    public void Accepting_a_notice_issues_a_receipt_number_and_starts_the_45_day_review_CFR_800_503_b()
    {
        var history = Filed();
        history.Then(n => n.Accept(Officer, MondayNewYork));
        var state = history.State();
        state.Status.ShouldBe(NotificationStatus.UnderReview);
        state.ReceiptNumber.ShouldStartWith("US-20260302-");
        // 45th day after 2 March 2026 is 16 April 2026 (a Thursday).
        state.Clock!.ShouldBe(new ReviewClock(ClockPhase.Review, new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 16), DayCount.Calendar, "31 CFR 800.503(b)"));
        Should.Throw<DomainRefusal>(() => state.Accept(Officer, Later));
    }

    [Fact]
    public void The_review_ends_on_the_next_business_day_when_day_45_is_not_one_CFR_800_503_b()
    {
        var history = Filed(at: new DateTimeOffset(2026, 5, 20, 15, 0, 0, TimeSpan.Zero));
        history.Then(n => n.Accept(Officer, new DateTimeOffset(2026, 5, 20, 15, 0, 0, TimeSpan.Zero)));
        // 20 May + 45 days = 4 July 2026, a Saturday; 5 July is a Sunday: the review ends Monday 6 July.
        history.State().Clock!.Due.ShouldBe(new DateOnly(2026, 7, 6));
    }

    [Fact]
    public void A_declaration_is_assessed_in_30_days_CFR_800_405_b()
    {
        var history = Filed(kind: SubmissionKind.Declaration);
        history.Then(n => n.Accept(Officer, MondayNewYork));
        history.State().Clock!.Phase.ShouldBe(ClockPhase.DeclarationAssessment);
        history.State().Clock!.Due.ShouldBe(new DateOnly(2026, 4, 1));
    }

    [Fact]
    public void A_FEFTA_waiting_period_is_30_days_counted_from_the_day_of_acceptance_Art_27_2()
    {
        var history = Filed(Fefta, Monday);
        history.State().Kind.ShouldBe(SubmissionKind.PriorNotification);
        history.Then(n => n.Accept(Officer, Monday));
        history.State().ReceiptNumber.ShouldStartWith("JP-20260302-");
        history.State().Clock!.Due.ShouldBe(new DateOnly(2026, 3, 31));
    }

    [Fact]
    public void A_FIRRMA_filing_cannot_be_a_prior_notification_and_a_FEFTA_one_must_be()
    {
        Should.Throw<DomainRefusal>(() => Filed(kind: SubmissionKind.PriorNotification));
        Should.Throw<DomainRefusal>(() => Filed(Fefta, Monday, SubmissionKind.Notice));
    }

    [Fact]
    public void An_investigation_runs_45_days_from_the_end_of_the_review_and_extends_once_by_15_CFR_800_508()
    {
        var history = Filed();
        history.Then(n => n.Accept(Officer, MondayNewYork));
        history.Then(n => n.OpenInvestigation("Critical technology; state-linked investor.", Officer, Later));
        var state = history.State();
        state.Status.ShouldBe(NotificationStatus.UnderInvestigation);
        state.Clock!.Start.ShouldBe(new DateOnly(2026, 4, 16));
        state.Clock.Due.ShouldBe(new DateOnly(2026, 6, 1)); // 31 May is a Sunday

        history.Then(n => n.ExtendInvestigation("Force majeure.", Officer, Later));
        history.State().Clock!.Due.ShouldBe(new DateOnly(2026, 6, 16));
        Should.Throw<DomainRefusal>(() => history.State().ExtendInvestigation("Again.", Officer, Later)).Message.ShouldContain("only once");
    }

    [Fact]
    public void Investigations_are_for_CFIUS_notices_and_extensions_for_FEFTA_reviews()
    {
        var declaration = Filed(kind: SubmissionKind.Declaration);
        declaration.Then(n => n.Accept(Officer, MondayNewYork));
        Should.Throw<DomainRefusal>(() => declaration.State().OpenInvestigation("x", Officer, Later));
        Should.Throw<DomainRefusal>(() => declaration.State().ExtendReview("x", Officer, Later));

        var fefta = Filed(Fefta, Monday);
        fefta.Then(n => n.Accept(Officer, Monday));
        Should.Throw<DomainRefusal>(() => fefta.State().OpenInvestigation("x", Officer, Later));
        Should.Throw<DomainRefusal>(() => fefta.State().ExtendReview(" ", Officer, Later)).Message.ShouldContain("reason");
    }

    [Fact]
    public void A_FEFTA_review_extends_to_4_months_from_acceptance_Art_27_3()
    {
        var history = Filed(Fefta, Monday);
        history.Then(n => n.Accept(Officer, Monday));
        history.Then(n => n.ExtendReview("Review of core-sector technology needed.", Officer, Monday.AddDays(10)));
        history.State().Status.ShouldBe(NotificationStatus.ExtendedReview);
        history.State().Clock!.Due.ShouldBe(new DateOnly(2026, 7, 1));
    }

    [Fact]
    public void A_FEFTA_waiting_period_can_be_shortened_but_not_lengthened_or_backdated_J13()
    {
        var history = Filed(Fefta, Monday);
        history.Then(n => n.Accept(Officer, Monday));
        Should.Throw<DomainRefusal>(() => history.State().ShortenWaitingPeriod(new DateOnly(2026, 4, 30), "x", Officer, Monday));
        Should.Throw<DomainRefusal>(() => history.State().ShortenWaitingPeriod(new DateOnly(2026, 3, 1), "x", Officer, Monday));
        history.Then(n => n.ShortenWaitingPeriod(new DateOnly(2026, 3, 16), "No review needed.", Officer, Monday));
        history.State().Clock!.Due.ShouldBe(new DateOnly(2026, 3, 16));
    }

    [Fact]
    public void Information_is_due_in_3_business_days_CFR_800_504_and_the_clock_does_not_toll_CFR_800_604()
    {
        var history = Filed();
        history.Then(n => n.Accept(Officer, MondayNewYork));
        var requestId = Guid.NewGuid();
        var requested = (InformationRequested)history.Then(n => n.RequestInformation(requestId, "Who controls Fund GP?", Officer, MondayNewYork)).Single();
        requested.Due.ShouldBe(new DateOnly(2026, 3, 5));

        history.Then(n => n.AnswerInformationRequest(requestId, "Mr X.", Investor, MondayNewYork.AddDays(5))).Single().ShouldBeOfType<InformationProvided>().TolledDays.ShouldBe(0);
        history.State().Clock!.Due.ShouldBe(new DateOnly(2026, 4, 16));
        Should.Throw<DomainRefusal>(() => history.State().AnswerInformationRequest(requestId, "Again", Investor, Later)).Message.ShouldContain("already");
    }

    [Fact]
    public void Where_a_regime_tolls_an_open_request_adds_its_days_to_the_period()
    {
        var tolling = ClockRules.Default with { Fefta = ClockRules.Default.Fefta with { TollsDuringInformationRequests = true } };
        var history = Filed(Fefta, Monday);
        history.Then(n => n.Accept(Officer, Monday, tolling));
        var requestId = Guid.NewGuid();
        history.Then(n => n.RequestInformation(requestId, "Board composition?", Officer, Monday, tolling));
        history.Then(n => n.AnswerInformationRequest(requestId, "Attached.", Investor, Monday.AddDays(4), tolling));
        history.State().Clock!.Due.ShouldBe(new DateOnly(2026, 4, 4));
        history.State().Clock!.TolledDays.ShouldBe(4);
    }

    [Fact]
    public void Only_the_filing_organisation_answers_information_requests()
    {
        var history = Filed();
        var requestId = Guid.NewGuid();
        history.Then(n => n.RequestInformation(requestId, "Q", Officer, MondayNewYork));
        Should.Throw<DomainRefusal>(() => history.State().AnswerInformationRequest(requestId, "A", OtherInvestor, Later));
        Should.Throw<DomainRefusal>(() => history.State().RequestInformation(Guid.NewGuid(), "Q", Investor, Later));
    }

    [Fact]
    public void Consultations_with_other_ministries_are_requested_and_answered_on_the_case()
    {
        var history = Filed();
        var id = Guid.NewGuid();
        history.Then(n => n.RequestConsultation(id, "METI", "Is the target's technology on the core list?", Officer, Later));
        history.Then(n => n.RecordConsultationAnswer(id, "Yes, item 3.", Officer, Later));
        history.State().Consultations.Single().Answer.ShouldBe("Yes, item 3.");
        Should.Throw<DomainRefusal>(() => history.State().RecordConsultationAnswer(id, "Again", Officer, Later));
    }

    [Fact]
    public void Officers_take_cases_supervisors_assign_and_reassignment_says_why()
    {
        var history = Filed();
        Should.Throw<DomainRefusal>(() => history.State().Assign(SecondOfficer, Officer, null, Later));
        history.Then(n => n.Assign(Officer, Officer, null, Later));
        history.State().AssignedTo!.OfficerId.ShouldBe("officer-1");
        Should.Throw<DomainRefusal>(() => history.State().Assign(SecondOfficer, SecondOfficer, null, Later));
        Should.Throw<DomainRefusal>(() => history.State().Assign(SecondOfficer, Supervisor, null, Later)).Message.ShouldContain("why");
        var assigned = (CaseAssigned)history.Then(n => n.Assign(SecondOfficer, Supervisor, "Rebalancing workload.", Later)).Single();
        assigned.By.ShouldBe(Supervisor);
        assigned.Reason.ShouldBe("Rebalancing workload.");
    }

    [Fact]
    public void The_investor_may_withdraw_at_any_open_stage_and_a_refile_is_linked_CFR_800_509()
    {
        var history = Filed();
        history.Then(n => n.Accept(Officer, MondayNewYork));
        var newId = Guid.NewGuid();
        history.Then(n => n.Withdraw("Restructuring the deal.", newId, Investor, Later));
        var state = history.State();
        state.Status.ShouldBe(NotificationStatus.Withdrawn);
        state.RefiledAs.ShouldBe(newId);
        state.Clock.ShouldBeNull();
        Should.Throw<DomainRefusal>(() => state.Withdraw("Again", null, Investor, Later));
        Should.Throw<DomainRefusal>(() => Filed().State().Withdraw("x", null, Officer, Later));

        var refiled = Notification.File(newId, SampleFacts.Firrma(), Investor, Later, refiledFrom: state.Id);
        ((NotificationFiled)refiled[0]).RefiledFrom.ShouldBe(state.Id);
    }

    [Fact]
    public void Corrections_are_refused_once_the_case_is_closed()
    {
        var history = Filed();
        history.Then(n => n.Withdraw("Deal abandoned.", null, Investor, Later));
        Should.Throw<DomainRefusal>(() => history.State().CorrectFacts(SampleFacts.Firrma(), Investor, "typo", Later));
    }
}
