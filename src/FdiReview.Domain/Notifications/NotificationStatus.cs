using System.Text.Json.Serialization;

namespace FdiReview.Domain.Notifications;

/// <summary>Where a notification stands in its review.</summary>
[JsonConverter(typeof(KebabCaseEnum<NotificationStatus>))]
public enum NotificationStatus
{
    Filed,
    ReturnedIncomplete,
    UnderReview,
    UnderInvestigation,
    ExtendedReview,
    DecisionProposed,
    RecommendationIssued,
    Closed,
    Withdrawn,
}

/// <summary>How the case ended.</summary>
[JsonConverter(typeof(KebabCaseEnum<CaseOutcome>))]
public enum CaseOutcome
{
    Cleared, ClearedWithMitigation, InvestmentMayProceed, RecommendationAccepted, Ordered,
    Prohibited, Referred, DeclarationNoAction, NoticeRequested, UnableToConclude, Withdrawn,
}

/// <summary>The form of the filing: a CFIUS notice or declaration, or a FEFTA prior notification.</summary>
[JsonConverter(typeof(KebabCaseEnum<SubmissionKind>))]
public enum SubmissionKind { Notice, Declaration, PriorNotification }

/// <summary>The decisions an officer may propose; each needs a second officer's approval.</summary>
[JsonConverter(typeof(KebabCaseEnum<DecisionKind>))]
public enum DecisionKind
{
    Cleared, ClearedWithMitigation, Recommendation, Order, Prohibition, Referral,
    DeclarationNoAction, DeclarationNoticeRequested, DeclarationUnableToConclude,
}

public static class NotificationStatusText
{
    /// <summary>What an investor or officer reads for a status.</summary>
    public static string Describe(this NotificationStatus status) => status switch
    {
        NotificationStatus.Filed => "Filed, awaiting acceptance",
        NotificationStatus.ReturnedIncomplete => "Returned as incomplete",
        NotificationStatus.UnderReview => "Under review",
        NotificationStatus.UnderInvestigation => "Under investigation",
        NotificationStatus.ExtendedReview => "Extended review",
        NotificationStatus.DecisionProposed => "Decision proposed",
        NotificationStatus.RecommendationIssued => "Recommendation issued",
        NotificationStatus.Closed => "Closed",
        NotificationStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };

    /// <summary>How a case ended, in the words of the decision.</summary>
    public static string Describe(this CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Cleared => "Cleared",
        CaseOutcome.ClearedWithMitigation => "Cleared with conditions",
        CaseOutcome.InvestmentMayProceed => "The investment may proceed",
        CaseOutcome.RecommendationAccepted => "Recommendation accepted",
        CaseOutcome.Ordered => "Ordered to change or suspend",
        CaseOutcome.Prohibited => "Prohibited",
        CaseOutcome.Referred => "Referred to the President",
        CaseOutcome.DeclarationNoAction => "No action on the declaration",
        CaseOutcome.NoticeRequested => "A notice is requested",
        CaseOutcome.UnableToConclude => "Unable to conclude action",
        _ => "Withdrawn",
    };

    /// <summary>The decision told to the filing parties in plain words.</summary>
    public static string Letter(this CaseOutcome outcome, int? agreementVersion = null) => outcome switch
    {
        CaseOutcome.Cleared => "The review found no national-security risk. The investment may proceed.",
        CaseOutcome.ClearedWithMitigation => agreementVersion is { } v
            ? $"The investment may proceed on the conditions of mitigation agreement version {v}, which both sides signed. They bind you for as long as the agreement is in force."
            : "The investment may proceed on the conditions listed below.",
        CaseOutcome.InvestmentMayProceed => "The waiting period ended without action. The investment may proceed.",
        CaseOutcome.RecommendationAccepted => "You accepted the recommendation. The investment may proceed as the recommendation changed it.",
        CaseOutcome.Ordered => "The investment was ordered to be changed or suspended. It may not proceed otherwise.",
        CaseOutcome.Prohibited => "The investment is prohibited. It may not be made.",
        CaseOutcome.Referred => "The case was referred to the President for a decision. The investment may not be made meanwhile.",
        CaseOutcome.DeclarationNoAction => "The Committee concluded action on the declaration. The investment may proceed.",
        CaseOutcome.NoticeRequested => "The Committee asks you to file a full notice before the investment is made.",
        CaseOutcome.UnableToConclude => "The Committee could not conclude action on the declaration. You may file a full notice.",
        _ => "The notification was withdrawn.",
    };

    public static bool IsOpen(this NotificationStatus status) =>
        status is not (NotificationStatus.Closed or NotificationStatus.Withdrawn);
}
