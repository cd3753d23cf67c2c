using FdiReview.Domain.Notifications;

namespace FdiReview.Domain.Tests.Notifications;

/// <summary>
/// Issue 14, findings 7 and 8: who among the investor's users may do what, every cell of the table in the README.
/// Contributors help with the file; agents (counsel) also speak for the investor; only the admin commits it.
/// </summary>
public class ParticipantPolicyTests
{
    private const ParticipantRole A = ParticipantRole.Admin, C = ParticipantRole.Contributor, G = ParticipantRole.Agent;

    public static TheoryData<InvestorAction, ParticipantRole[]> Table() => new()
    {
        { InvestorAction.CorrectFacts, [A, C, G] },
        { InvestorAction.AnswerInformationRequest, [A, C, G] },
        { InvestorAction.AttachDocument, [A, C, G] },
        { InvestorAction.Resubmit, [A, C, G] },
        { InvestorAction.ReportCompliance, [A, C, G] },
        { InvestorAction.AnswerRecommendation, [A, G] },
        { InvestorAction.ReportInvestment, [A, G] },
        { InvestorAction.ProposeAgreementVersion, [A, G] },
        { InvestorAction.GiveNotice, [A, G] },
        { InvestorAction.Withdraw, [A] },
        { InvestorAction.Refile, [A] },
        { InvestorAction.SignAgreement, [A] },
        { InvestorAction.ManageParticipants, [A] },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_role_may_take_exactly_the_steps_in_the_table(InvestorAction action, ParticipantRole[] allowed)
    {
        foreach (var role in Enum.GetValues<ParticipantRole>())
            ParticipantPolicy.Allows(role, action).ShouldBe(allowed.Contains(role), $"{role} {action}");
    }

    [Fact]
    public void The_decisions_themselves_hold_to_the_table_whatever_sends_the_command()
    {
        var counsel = new Actor("counsel-a", "Sarah Mori", Roles.Investor, Case.Investor.Organization);
        var history = Case.Filed();
        history.Then(n => n.AddParticipant(counsel, ParticipantRole.Agent, Case.Investor, Case.MondayNewYork));
        var state = Case.Replay(history);

        Should.Throw<DomainRefusal>(() => state.Withdraw("Instructed to.", null, counsel, Case.MondayNewYork)).Message.ShouldContain("admin");
        Should.Throw<DomainRefusal>(() => state.AddParticipant(Case.OtherInvestor, ParticipantRole.Contributor, counsel, Case.MondayNewYork));
        state.Withdraw("Abandoned.", null, Case.Investor, Case.MondayNewYork).ShouldNotBeEmpty();
    }

    [Fact]
    public void The_table_covers_every_step() =>
        Table().Select(row => (InvestorAction)row[0]).ShouldBe(Enum.GetValues<InvestorAction>(), ignoreOrder: true);
}
