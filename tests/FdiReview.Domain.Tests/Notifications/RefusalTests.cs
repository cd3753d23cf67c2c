using FdiReview.Domain.Notifications;
using static FdiReview.Domain.Tests.Notifications.Case;

namespace FdiReview.Domain.Tests.Notifications;

/// <summary>Every step refused outside its stage or role, with a reason a person can act on.</summary>
public class RefusalTests
{
    private static readonly DateTimeOffset Later = MondayNewYork.AddDays(2);

    private static List<object> Accepted()
    {
        var history = Filed();
        history.Then(n => n.Accept(Officer, MondayNewYork));
        return history;
    }

    private static List<object> Closed()
    {
        var history = Accepted();
        history.Then(n => n.ProposeDecision(DecisionKind.Cleared, "Fine.", [], Officer, Later));
        history.Then(n => n.ApproveAsProposed(Supervisor, Later));
        return history;
    }

    public static TheoryData<string, Func<Notification, IReadOnlyList<object>>, string> Refusals() => new()
    {
        { "investor accepts", n => n.Accept(Investor, Later), "officer" },
        { "auditor requests information", n => n.RequestInformation(Guid.NewGuid(), "Q", Auditor, Later), "officer" },
        { "assign to an investor", n => n.Assign(Investor, Supervisor, "why", Later), "officers" },
        { "extend an investigation never opened", n => n.ExtendInvestigation("x", Officer, Later), "investigation under way" },
        { "shorten a CFIUS review", n => n.ShortenWaitingPeriod(new DateOnly(2026, 3, 10), "x", Officer, Later), "FEFTA" },
        { "answer an unknown request", n => n.AnswerInformationRequest(Guid.NewGuid(), "A", Investor, Later), "no such information request" },
        { "answer an unknown consultation", n => n.RecordConsultationAnswer(Guid.NewGuid(), "A", Officer, Later), "no such consultation" },
        { "approve with nothing proposed", n => n.ApproveAsProposed(SecondOfficer, Later), "no proposed decision" },
        { "return with nothing proposed", n => n.ReturnProposal("x", Supervisor, Later), "no proposed decision" },
        { "reply to no recommendation", n => n.AnswerRecommendation(true, null, Investor, Later), "no recommendation" },
        { "consult without a question", n => n.RequestConsultation(Guid.NewGuid(), "METI", " ", Officer, Later), "asked" },
        { "request information without questions", n => n.RequestInformation(Guid.NewGuid(), "", Officer, Later), "questions" },
        { "withdraw without a reason", n => n.Withdraw(" ", null, Investor, Later), "why" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void An_accepted_case_refuses(string step, Func<Notification, IReadOnlyList<object>> decide, string reason)
    {
        Should.Throw<DomainRefusal>(() => decide(Accepted().State()), step).Message.ShouldContain(reason, Shouldly.Case.Insensitive);
    }

    [Fact]
    public void A_closed_case_refuses_every_further_step()
    {
        var state = Closed().State();
        state.Outcome.ShouldBe(CaseOutcome.Cleared);
        state.AllowedActions(Officer, Later).ShouldBeEmpty();
        state.AllowedActions(Investor, Later).ShouldBeEmpty();
        Should.Throw<DomainRefusal>(() => state.RequestConsultation(Guid.NewGuid(), "METI", "Q", Officer, Later));
        Should.Throw<DomainRefusal>(() => state.Assign(SecondOfficer, Supervisor, "why", Later));
        Should.Throw<DomainRefusal>(() => state.RequestInformation(Guid.NewGuid(), "Q", Officer, Later));
        Should.Throw<DomainRefusal>(() => state.ProposeDecision(DecisionKind.Prohibition, "x", [], Officer, Later));
        state.DeadlineReached("Review:2026-04-16", Later).ShouldBeEmpty();
    }
}
