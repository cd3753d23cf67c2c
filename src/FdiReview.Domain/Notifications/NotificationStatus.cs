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
    public static string Describe(this NotificationStatus status) => Glossary.Word($"status.{status}");

    /// <summary>How a case ended, in the words of the decision.</summary>
    public static string Describe(this CaseOutcome outcome) => Glossary.Word($"outcome.{outcome}");

    /// <summary>The decision told to the filing parties in plain words.</summary>
    public static string Letter(this CaseOutcome outcome, int? agreementVersion = null) =>
        outcome == CaseOutcome.ClearedWithMitigation && agreementVersion is { } v
            ? Glossary.Word("letter.ClearedWithMitigation.Agreement", v)
            : Glossary.Word($"letter.{outcome}");

    public static bool IsOpen(this NotificationStatus status) =>
        status is not (NotificationStatus.Closed or NotificationStatus.Withdrawn);
}
