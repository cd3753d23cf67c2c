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
        _ => "Specified foreign investor",
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
