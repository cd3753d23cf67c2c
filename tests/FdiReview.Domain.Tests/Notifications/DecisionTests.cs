using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using static FdiReview.Domain.Tests.Notifications.Case;

namespace FdiReview.Domain.Tests.Notifications;

/// <summary>Decisions under four eyes, the FEFTA recommendation path (J16) and the CFIUS declaration outcomes (U24).</summary>
public class DecisionTests
{
    private static readonly DateTimeOffset Later = MondayNewYork.AddDays(20);

    private static List<object> UnderReview(List<object>? history = null, DateTimeOffset? at = null)
    {
        history ??= Filed();
        history.Then(n => n.Accept(Officer, at ?? MondayNewYork));
        return history;
    }

    /// <summary>Issue 14, finding 4: the approver decides on the facts the proposal was made on (four eyes, fdi-rules §4).</summary>
    [Fact]
    public void Facts_cannot_be_corrected_while_a_decision_is_proposed_on_them()
    {
        var history = UnderReview();
        history.Then(n => n.ProposeDecision(DecisionKind.Cleared, "No national-security risk identified.", [], Officer, Later));
        Should.Throw<DomainRefusal>(() => history.State().CorrectFacts(history.State().Facts, Officer, "A late change", Later)).Message.ShouldContain("proposal");
        history.State().AllowedActions(Officer, Later).ShouldNotContain(CaseAction.CorrectFacts);

        history.Then(n => n.ReturnProposal("Check the facts again.", SecondOfficer, Later));
        history.State().CorrectFacts(history.State().Facts, Officer, "A late change", Later).ShouldNotBeEmpty();
    }

    [Fact]
    public void The_officer_who_proposes_cannot_approve_and_a_second_officer_closes_the_case()
    {
        var history = UnderReview();
        history.Then(n => n.ProposeDecision(DecisionKind.Cleared, "No national-security risk identified.", [], Officer, Later));
        history.State().Status.ShouldBe(NotificationStatus.DecisionProposed);
        Should.Throw<DomainRefusal>(() => history.State().ApproveAsProposed(Officer, Later)).Message.ShouldContain("four eyes");

        var events = history.Then(n => n.ApproveAsProposed(SecondOfficer, Later));
        events[0].ShouldBeOfType<DecisionApproved>().ProposedBy.ShouldBe(Officer);
        var state = history.State();
        state.Status.ShouldBe(NotificationStatus.Closed);
        state.Outcome.ShouldBe(CaseOutcome.Cleared);
        state.Clock.ShouldBeNull();
    }

    /// <summary>Issue 14, finding 5: an approval names the decision and conditions it approves (four eyes, fdi-rules §4).</summary>
    [Fact]
    public void An_approval_naming_another_decision_or_other_conditions_is_refused()
    {
        var history = UnderReview();
        history.Then(n => n.ProposeDecision(DecisionKind.ClearedWithMitigation, "Risk mitigable.", ["No access to source code"], Officer, Later));
        history.Add(new MitigationAgreementInForce(history.State().Id, Guid.NewGuid(), 1, Later));
        var state = history.State();
        Should.Throw<DomainRefusal>(() => state.ApproveDecision(DecisionKind.Cleared, [], Supervisor, Later)).Message.ShouldContain("not what this approval names");
        Should.Throw<DomainRefusal>(() => state.ApproveDecision(DecisionKind.ClearedWithMitigation, [], Supervisor, Later));
        Should.Throw<DomainRefusal>(() => state.ApproveDecision(DecisionKind.ClearedWithMitigation, ["No access to source code", "More"], Supervisor, Later));
        Should.Throw<DomainRefusal>(() => state.ApproveDecision(DecisionKind.ClearedWithMitigation, ["no access to source code"], Supervisor, Later));
        state.ApproveDecision(DecisionKind.ClearedWithMitigation, [" No access to source code "], Supervisor, Later)[0].ShouldBeOfType<DecisionApproved>();
    }

    /// <summary>Issue 15: the record says what was decided — a clearance with mitigation closes on the signed version's terms (31 CFR 800.501, FEFTA Art. 27).</summary>
    [Fact]
    public void A_clearance_with_mitigation_closes_on_the_terms_of_the_agreement_version_in_force()
    {
        var history = UnderReview();
        history.Then(n => n.ProposeDecision(DecisionKind.ClearedWithMitigation, "Risk mitigable.", ["No access to source code"], Officer, Later));
        var agreement = Guid.NewGuid();
        history.Add(new MitigationAgreementInForce(history.State().Id, agreement, 2, Later,
            ["No access to source code or design files", "A U.S.-citizen security officer", "Quarterly compliance report"]));

        var closed = history.Then(n => n.ApproveAsProposed(Supervisor, Later)).OfType<NotificationClosed>().Single();

        closed.Conditions.ShouldBe(["No access to source code or design files", "A U.S.-citizen security officer", "Quarterly compliance report"]);
        closed.Agreement.ShouldBe(agreement);
        closed.AgreementVersion.ShouldBe(2);
        var state = history.State();
        state.Conditions.ShouldBe(closed.Conditions);
        state.ClosedOnAgreementVersion.ShouldBe(2);
    }

    /// <summary>Issue 15: closing a case closes its open items — requests close with it and no clock runs (fdi-rules §4).</summary>
    [Fact]
    public void Closing_a_case_closes_its_open_requests_and_stops_its_clocks()
    {
        var history = UnderReview();
        var request = Guid.NewGuid();
        history.Then(n => n.RequestInformation(request, "The board minutes.", Officer, Later));
        history.Then(n => n.ProposeDecision(DecisionKind.Cleared, "No risk.", [], Officer, Later, acknowledgeOpenItems: true));
        history.Then(n => n.ApproveDecision(DecisionKind.Cleared, [], Supervisor, Later, acknowledgeOpenItems: true));

        var state = history.State();
        state.Status.ShouldBe(NotificationStatus.Closed);
        state.Clock.ShouldBeNull();
        var closedRequest = state.InformationRequests.Single();
        closedRequest.ClosedWithCase.ShouldBeTrue();
        closedRequest.Open.ShouldBeFalse();
        state.OpenItems().ShouldBeEmpty();
        state.InformationDeadlineReached(request, Later.AddDays(40)).ShouldBeEmpty();
        Should.Throw<DomainRefusal>(() => state.AnswerInformationRequest(request, "Late answer", Investor, Later)).Message.ShouldContain("closed");
    }

    /// <summary>Issue 15: going ahead with open items needs an explicit acknowledgement, recorded in the event (four eyes, fdi-rules §4).</summary>
    [Fact]
    public void Proposing_or_approving_with_open_items_needs_an_acknowledgement_that_the_event_records()
    {
        var history = UnderReview();
        history.Then(n => n.RequestInformation(Guid.NewGuid(), "The board minutes.", Officer, Later));
        history.Then(n => n.RequestConsultation(Guid.NewGuid(), "Ministry of Defense", "Any concern?", Officer, Later));
        history.State().OpenItems().Count.ShouldBe(2);

        Should.Throw<DomainRefusal>(() => history.State().ProposeDecision(DecisionKind.Cleared, "No risk.", [], Officer, Later))
            .Message.ShouldContain("2 item(s) are still open");
        var proposed = history.Then(n => n.ProposeDecision(DecisionKind.Cleared, "No risk.", [], Officer, Later, acknowledgeOpenItems: true))
            .OfType<DecisionProposed>().Single();
        proposed.OpenItemsAcknowledged.ShouldNotBeNull().Count.ShouldBe(2);

        Should.Throw<DomainRefusal>(() => history.State().ApproveDecision(DecisionKind.Cleared, [], Supervisor, Later)).Message.ShouldContain("Acknowledge");
        var approved = history.Then(n => n.ApproveDecision(DecisionKind.Cleared, [], Supervisor, Later, acknowledgeOpenItems: true)).OfType<DecisionApproved>().Single();
        approved.OpenItemsAcknowledged.ShouldNotBeNull().ShouldContain(i => i.Contains("Ministry of Defense"));
    }

    [Fact]
    public void With_nothing_open_no_acknowledgement_is_needed_or_recorded()
    {
        var history = UnderReview();
        history.Then(n => n.ProposeDecision(DecisionKind.Cleared, "No risk.", [], Officer, Later)).OfType<DecisionProposed>().Single()
            .OpenItemsAcknowledged.ShouldBeNull();
    }

    [Fact]
    public void A_clearance_with_mitigation_lists_its_conditions_and_keeps_them()
    {
        var history = UnderReview();
        Should.Throw<DomainRefusal>(() => history.State().ProposeDecision(DecisionKind.ClearedWithMitigation, "Risk mitigable.", [], Officer, Later));
        history.Then(n => n.ProposeDecision(DecisionKind.ClearedWithMitigation, "Risk mitigable.", ["No access to source code", "U.S. security officer"], Officer, Later));
        Should.Throw<DomainRefusal>(() => history.State().ApproveAsProposed(Supervisor, Later)).Message.ShouldContain("agreement is signed");
        history.Add(new MitigationAgreementInForce(history.State().Id, Guid.NewGuid(), 1, Later));
        history.Then(n => n.ApproveAsProposed(Supervisor, Later));
        history.State().Outcome.ShouldBe(CaseOutcome.ClearedWithMitigation);
        history.State().Conditions.ShouldBe(["No access to source code", "U.S. security officer"]);
    }

    [Fact]
    public void A_returned_proposal_puts_the_case_back_in_its_stage()
    {
        var history = UnderReview();
        history.Then(n => n.OpenInvestigation("Needed.", Officer, Later));
        history.Then(n => n.ProposeDecision(DecisionKind.Prohibition, "Unmitigable risk.", [], Officer, Later));
        Should.Throw<DomainRefusal>(() => history.State().ProposeDecision(DecisionKind.Cleared, "x", [], SecondOfficer, Later));
        history.Then(n => n.ReturnProposal("Consider mitigation first.", Supervisor, Later));
        history.State().Status.ShouldBe(NotificationStatus.UnderInvestigation);
        history.State().Proposal.ShouldBeNull();
    }

    [Fact]
    public void Decisions_must_fit_the_regime_and_the_form_of_filing()
    {
        var notice = UnderReview();
        Should.Throw<DomainRefusal>(() => notice.State().ProposeDecision(DecisionKind.Recommendation, "x", [], Officer, Later));
        Should.Throw<DomainRefusal>(() => notice.State().ProposeDecision(DecisionKind.DeclarationNoAction, "x", [], Officer, Later));
        Should.Throw<DomainRefusal>(() => Filed().State().ProposeDecision(DecisionKind.Cleared, "x", [], Officer, Later)).Message.ShouldContain("filed");
        Should.Throw<DomainRefusal>(() => notice.State().ProposeDecision(DecisionKind.Cleared, " ", [], Officer, Later)).Message.ShouldContain("reasons");
        Should.Throw<DomainRefusal>(() => notice.State().ProposeDecision(DecisionKind.Cleared, "x", [], Investor, Later));
        Should.Throw<DomainRefusal>(() => notice.State().ApproveAsProposed(Auditor, Later));
    }

    [Theory]
    [InlineData(DecisionKind.DeclarationNoAction, CaseOutcome.DeclarationNoAction)]
    [InlineData(DecisionKind.DeclarationNoticeRequested, CaseOutcome.NoticeRequested)]
    [InlineData(DecisionKind.DeclarationUnableToConclude, CaseOutcome.UnableToConclude)]
    public void A_declaration_ends_in_one_of_the_outcomes_of_CFR_800_407(DecisionKind decision, CaseOutcome outcome)
    {
        var history = UnderReview(Filed(kind: SubmissionKind.Declaration));
        history.State().PossibleDecisions().ShouldBe([DecisionKind.DeclarationNoAction, DecisionKind.DeclarationNoticeRequested, DecisionKind.DeclarationUnableToConclude]);
        history.Then(n => n.ProposeDecision(decision, "Assessment complete.", [], Officer, Later));
        history.Then(n => n.ApproveAsProposed(SecondOfficer, Later));
        history.State().Outcome.ShouldBe(outcome);
    }

    [Fact]
    public void A_FEFTA_recommendation_awaits_the_investors_reply_and_acceptance_closes_the_case_J16()
    {
        var history = UnderReview(Filed(Fefta, Monday), Monday);
        history.Then(n => n.ExtendReview("Review needed.", Officer, Monday));
        history.Then(n => n.RecordCouncilOpinion(n.AcceptedOn, "The Council sees a risk to the core technology.", Officer, Monday));
        history.Then(n => n.ProposeDecision(DecisionKind.Recommendation, "Risk to core technology.", ["Sell no more than 5%"], Officer, Monday));
        var approved = history.Then(n => n.ApproveAsProposed(Supervisor, Monday));
        approved[1].ShouldBeOfType<RecommendationIssued>().ReplyDue.ShouldBe(new DateOnly(2026, 3, 11));
        history.State().Status.ShouldBe(NotificationStatus.RecommendationIssued);
        history.State().Clock!.Phase.ShouldBe(ClockPhase.RecommendationReply);
        Should.Throw<DomainRefusal>(() => history.State().AnswerRecommendation(true, null, OtherInvestor, Monday));

        history.Then(n => n.AnswerRecommendation(true, "We will limit the stake.", Investor, Monday.AddDays(3)));
        history.State().Outcome.ShouldBe(CaseOutcome.RecommendationAccepted);
    }

    [Fact]
    public void A_refused_FEFTA_recommendation_leads_to_an_order_under_four_eyes_J16()
    {
        var history = UnderReview(Filed(Fefta, Monday), Monday);
        history.Then(n => n.RecordCouncilOpinion(n.AcceptedOn, "The Council sees a risk to the core technology.", Officer, Monday));
        history.Then(n => n.ProposeDecision(DecisionKind.Recommendation, "Risk.", [], Officer, Monday));
        history.Then(n => n.ApproveAsProposed(SecondOfficer, Monday));
        history.Then(n => n.AnswerRecommendation(false, "We disagree.", Investor, Monday.AddDays(2)));
        var state = history.State();
        state.Status.ShouldBe(NotificationStatus.UnderReview);
        state.PossibleDecisions().ShouldBe([DecisionKind.Order]);
        state.Clock!.Due.ShouldBe(new DateOnly(2026, 8, 1));

        history.Then(n => n.ProposeDecision(DecisionKind.Order, "The recommendation was not accepted.", ["Suspend the acquisition"], Officer, Monday.AddDays(3)));
        history.Then(n => n.ApproveAsProposed(Supervisor, Monday.AddDays(3)));
        history.State().Outcome.ShouldBe(CaseOutcome.Ordered);
    }
}
