using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Notifications;

/// <summary>An investor filed a notification: the first event of every notification stream.</summary>
/// <param name="Organization">The investor organisation the notification belongs to; only its users see it.</param>
/// <param name="RefiledFrom">The withdrawn notification this one refiles, if any.</param>
public sealed record NotificationFiled(
    Guid NotificationId,
    TransactionFacts Facts,
    Actor FiledBy,
    string Organization,
    DateTimeOffset FiledAt,
    SubmissionKind Kind = SubmissionKind.Notice,
    Guid? RefiledFrom = null,
    InvestmentValue? Value = null);

/// <summary>The screening engine judged the facts as they then stood; the full determination, with its findings, is kept.</summary>
/// <param name="Trigger">Why it ran: "filed" or "facts-corrected".</param>
public sealed record ScreeningCompleted(
    Guid NotificationId,
    Determination Determination,
    string Trigger,
    DateTimeOffset ScreenedAt);

/// <summary>The transaction facts were corrected; the reason is what an auditor reads.</summary>
public sealed record NotificationFactsCorrected(
    Guid NotificationId,
    TransactionFacts Facts,
    Actor CorrectedBy,
    string Reason,
    DateTimeOffset CorrectedAt);
