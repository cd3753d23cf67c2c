using System.Text.Json.Serialization;

namespace FdiReview.Domain.Notifications;

/// <summary>What an investor user does on a filing or its mitigation agreement.</summary>
[JsonConverter(typeof(KebabCaseEnum<InvestorAction>))]
public enum InvestorAction
{
    CorrectFacts, AnswerInformationRequest, AttachDocument, Resubmit, ReportCompliance,
    AnswerRecommendation, ReportInvestment, ProposeAgreementVersion, GiveNotice,
    Withdraw, Refile, SignAgreement, ManageParticipants,
}

/// <summary>
/// Who among the investor's users may do what (README, "Investor portal"). Contributors help with the file;
/// counsel (agents) also speak for the investor to the agency; only the admin commits the investor — withdrawing,
/// refiling, signing an agreement — or decides who takes part, so counsel can never take over a filing.
/// </summary>
public static class ParticipantPolicy
{
    private static readonly Dictionary<InvestorAction, ParticipantRole[]> Allowed = new()
    {
        [InvestorAction.CorrectFacts] = [ParticipantRole.Admin, ParticipantRole.Contributor, ParticipantRole.Agent],
        [InvestorAction.AnswerInformationRequest] = [ParticipantRole.Admin, ParticipantRole.Contributor, ParticipantRole.Agent],
        [InvestorAction.AttachDocument] = [ParticipantRole.Admin, ParticipantRole.Contributor, ParticipantRole.Agent],
        [InvestorAction.Resubmit] = [ParticipantRole.Admin, ParticipantRole.Contributor, ParticipantRole.Agent],
        [InvestorAction.ReportCompliance] = [ParticipantRole.Admin, ParticipantRole.Contributor, ParticipantRole.Agent],
        [InvestorAction.AnswerRecommendation] = [ParticipantRole.Admin, ParticipantRole.Agent],
        [InvestorAction.ReportInvestment] = [ParticipantRole.Admin, ParticipantRole.Agent],
        [InvestorAction.ProposeAgreementVersion] = [ParticipantRole.Admin, ParticipantRole.Agent],
        [InvestorAction.GiveNotice] = [ParticipantRole.Admin, ParticipantRole.Agent],
        [InvestorAction.Withdraw] = [ParticipantRole.Admin],
        [InvestorAction.Refile] = [ParticipantRole.Admin],
        [InvestorAction.SignAgreement] = [ParticipantRole.Admin],
        [InvestorAction.ManageParticipants] = [ParticipantRole.Admin],
    };

    public static bool Allows(ParticipantRole role, InvestorAction action) => Allowed[action].Contains(role);

    public static IReadOnlyList<ParticipantRole> RolesFor(InvestorAction action) => Allowed[action];

    /// <summary>Who may take the step, in words: "admin or agent".</summary>
    public static string WhoMay(InvestorAction action) => string.Join(" or ", Allowed[action].Select(r => r.ToString().ToLowerInvariant()));
}

public sealed partial class Notification
{
    /// <summary>Whether this user may take this step as a participant (the agency's users are not asked: their roles decide).</summary>
    public bool ParticipantMay(Actor actor, InvestorAction action) =>
        actor.Role != Roles.Investor || ParticipantOf(actor) is { } p && ParticipantPolicy.Allows(p.Role, action);
}
