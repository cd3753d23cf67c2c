using FdiReview.Domain.Clocks;
using FdiReview.Domain.Mitigation;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain;

/// <summary>
/// The words people read for the domain's kinds, phases and terms, beside those of statuses and outcomes
/// (<see cref="Notifications.NotificationStatusText"/>): pages, selects and the history use these, never the C# names.
/// </summary>
public static class DomainWords
{
    public static string Of(PartyKind? kind) => kind is { } k ? Of(k) : "—";

    public static string Of(PartyKind kind) => kind switch
    {
        PartyKind.Corporation => "Corporation",
        PartyKind.Partnership => "Partnership",
        PartyKind.Fund => "Fund",
        PartyKind.Individual => "Individual",
        PartyKind.ForeignGovernment => "Foreign government",
        _ => "General partner",
    };

    public static string Of(Regime? regime) => regime == Regime.Fefta ? "FEFTA" : "FIRRMA";

    public static string Of(ParticipantRole role) => role switch
    {
        ParticipantRole.Admin => "Filing admin",
        ParticipantRole.Contributor => "Contributor",
        _ => "Agent (counsel)",
    };

    public static string Of(FeftaSector sector) => sector switch
    {
        FeftaSector.NonDesignated => "Non-designated",
        FeftaSector.Designated => "Designated",
        FeftaSector.Core => "Core",
        _ => "Specified core business",
    };

    /// <summary>What each sector of the MOF list means, quoted where the pickers offer it.</summary>
    public static string Definition(FeftaSector sector) => sector switch
    {
        FeftaSector.NonDesignated => "\"Non-designated\": outside the sectors of the MOF public notice — a post-investment report at most.",
        FeftaSector.Designated => "\"Designated\": a sector of the MOF public notice (告示) — prior notification unless exempt.",
        FeftaSector.Core => "\"Core\" (コア業種): weapons, aircraft, nuclear, space, dual-use, cybersecurity, utilities, telecoms, railways, oil and the later additions — stricter exemption conditions.",
        _ => "\"Specified core business\" (特定コア事業者, 2025 amendment, from 19 May 2025): a core business singled out by the ministers — a quasi-specified foreign investor always notifies it in advance.",
    };

    public static string Of(TransactionKind kind) => kind switch
    {
        TransactionKind.Acquisition => "Acquisition of shares or interests",
        TransactionKind.ChangeOfRights => "Change of rights (800.213(c))",
        _ => "FEFTA \"action\" without a share purchase",
    };

    /// <summary>The FEFTA exemption conditions (Art. 27-2), as the investor commits to them.</summary>
    public static class Commitment
    {
        public const string NoOfficers = "Neither we nor closely related persons become officers of the target";
        public const string NoBusinessTransferProposal = "We make no proposal to transfer or abolish the designated business";
        public const string NoNonpublicTechnologyAccess = "We do not access non-public technology of the designated business";
        public const string NoCoreCommitteeAttendance = "(Core) We do not attend boards or committees deciding on the core business";
        public const string NoDeadlineWrittenProposals = "(Core) We make no written proposals demanding a reply by a deadline";
        public const string NoNonpublicInformationAccess = "(Quasi-specified investors) We access no non-public information of the target";
    }

    /// <summary>The conditions these commitments keep, in words.</summary>
    public static IReadOnlyList<string> Of(FeftaCommitments c) =>
        new[]
        {
            (c.NoOfficers, Commitment.NoOfficers), (c.NoBusinessTransferProposal, Commitment.NoBusinessTransferProposal),
            (c.NoNonpublicTechnologyAccess, Commitment.NoNonpublicTechnologyAccess), (c.NoCoreCommitteeAttendance, Commitment.NoCoreCommitteeAttendance),
            (c.NoDeadlineWrittenProposals, Commitment.NoDeadlineWrittenProposals),
            (c.NoNonpublicInformationAccess, Commitment.NoNonpublicInformationAccess),
        }.Where(x => x.Item1).Select(x => x.Item2).ToList();

    public static string Of(CoveredTransaction covered) => covered switch
    {
        CoveredTransaction.CoveredControlTransaction => "Covered control transaction",
        CoveredTransaction.CoveredInvestment => "Covered investment",
        CoveredTransaction.CoveredChangeOfRights => "Covered change of rights",
        _ => "Not a covered transaction",
    };

    public static string Of(NonControlTrigger trigger) => trigger switch
    {
        NonControlTrigger.Mnpti => "Access to material non-public technical information",
        NonControlTrigger.Board => "Board membership, observer or nomination rights",
        _ => "Involvement in substantive decisions",
    };

    /// <summary>A basis of control as the engine records it ("majority-voting", "important-matter:…"), in words.</summary>
    public static string OfControlBasis(string basis) => basis switch
    {
        "majority-voting" => "a majority of the votes",
        "acting-in-concert" => "acting in concert",
        "dominant-minority" => "a dominant minority stake",
        "board-majority" => "a majority of the board",
        "general-partner" => "general partner",
        "other-means" => "other means",
        _ when basis.StartsWith("important-matter:", StringComparison.Ordinal) => "a say over important matters",
        _ => basis.Replace('-', ' '),
    };

    public static string Of(DecisionMakingArea area) => area switch
    {
        DecisionMakingArea.SensitivePersonalData => "the use or release of sensitive personal data",
        DecisionMakingArea.CriticalTechnologies => "critical technologies",
        _ => "critical infrastructure",
    };

    public static string Of(FeftaInvestorClass investorClass) => investorClass switch
    {
        FeftaInvestorClass.General => "General foreign investor",
        FeftaInvestorClass.ForeignFinancialInstitution => "Foreign financial institution",
        FeftaInvestorClass.StateOwned => "State-owned (not accredited)",
        FeftaInvestorClass.AccreditedStateOwned => "State-owned, accredited by the Ministry of Finance",
        FeftaInvestorClass.Sanctioned => "Sanctioned",
        FeftaInvestorClass.SpecifiedForeignInvestor => "Specified foreign investor",
        _ => "Quasi-specified foreign investor",
    };

    /// <summary>What each investor class means, quoted where the pickers offer it.</summary>
    public static string Definition(FeftaInvestorClass investorClass) => investorClass switch
    {
        FeftaInvestorClass.General => "\"General foreign investor\": any foreign investor of Art. 26(1) not in another class; includes sovereign funds and public pensions the Ministry of Finance has accredited.",
        FeftaInvestorClass.ForeignFinancialInstitution => "\"Foreign financial institution\": securities firms, banks, insurers, asset managers, trust companies, registered funds — the comprehensive exemption.",
        FeftaInvestorClass.StateOwned => "\"State-owned\" (国有企業等): owned or directed by a foreign government and not accredited — never exempt.",
        FeftaInvestorClass.AccreditedStateOwned => "\"Accredited\": a sovereign fund or public pension accredited by the Ministry of Finance — treated as a general investor.",
        FeftaInvestorClass.Sanctioned => "\"Sanctioned\": an investor with a record of FEFTA sanctions — never exempt.",
        FeftaInvestorClass.SpecifiedForeignInvestor => "\"Specified foreign investor\" (特定外国投資家, 2025 amendment, from 19 May 2025): obliged by a foreign government's law or contract to cooperate with its information gathering — never exempt in designated sectors.",
        _ => "\"Quasi-specified foreign investor\" (特定外国投資家に準ずる者, 2025 amendment, from 19 May 2025): real decisions taken by persons so obliged, decided from a country other than its place of organisation, or bound by contract to disclose information — prior notification for a specified core business or 10% of another core business; otherwise exempt only with extra conditions.",
    };

    public static string Of(ConditionType type) => type switch
    {
        ConditionType.RestrictNonpublicTechnicalInformation => "Restricted access to non-public technical information",
        ConditionType.NoBoardSeatOrObserver => "No board seat or observer",
        ConditionType.ApprovedSecurityOfficer => "Approved security officer",
        ConditionType.ProxyOrIndependentDirector => "Proxy or independent director",
        ConditionType.DomesticDataStorage => "Data stored in the country",
        ConditionType.SupplyAssurance => "Supply assurance",
        ConditionType.NoticeBeforeOwnershipChange => "Notice before a change of ownership",
        ConditionType.ThirdPartyAudit => "Third-party audit",
        ConditionType.PeriodicComplianceReport => "Periodic compliance report",
        _ => "Other term",
    };

    public static string Of(SubmissionKind kind) => kind switch
    {
        SubmissionKind.Notice => "notice",
        SubmissionKind.Declaration => "declaration",
        _ => "prior notification",
    };

    public static string Of(ClockPhase phase) => phase switch
    {
        ClockPhase.Acceptance => "Acceptance",
        ClockPhase.DeclarationAssessment => "Declaration assessment",
        ClockPhase.Review => "Review",
        ClockPhase.Investigation => "Investigation",
        ClockPhase.InvestigationExtension => "Extended investigation",
        ClockPhase.WaitingPeriod => "Waiting period",
        ClockPhase.ExtendedReview => "Extended review",
        ClockPhase.RecommendationReply => "Reply to recommendation",
        _ => "Information request",
    };
}
