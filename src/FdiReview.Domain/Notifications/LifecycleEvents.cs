using FdiReview.Domain.Clocks;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Notifications;

// The review lifecycle as facts in the past tense, each with who and why.

public sealed record NotificationReturnedIncomplete(Guid NotificationId, IReadOnlyList<string> MissingItems, Actor By, DateTimeOffset At);

public sealed record NotificationResubmitted(Guid NotificationId, string Note, Actor By, DateTimeOffset At);

/// <summary>The agency accepted the notification: the receipt number is issued and the statutory clock starts.</summary>
public sealed record NotificationAccepted(Guid NotificationId, string ReceiptNumber, Actor By, DateTimeOffset At);

/// <summary>A statutory period started (or was moved); the due date is computed once, by the rules then in force.</summary>
public sealed record ClockPhaseStarted(Guid NotificationId, ReviewClock Clock, DateTimeOffset At);

/// <summary>A statutory period ended without the case moving on.</summary>
public sealed record ClockPhaseElapsed(Guid NotificationId, ClockPhase Phase, DateOnly Due, DateTimeOffset At);

/// <summary>FEFTA: the waiting period ended with no recommendation; the investment may proceed.</summary>
public sealed record WaitingPeriodElapsed(Guid NotificationId, DateOnly Due, DateTimeOffset At);

public sealed record WaitingPeriodShortened(Guid NotificationId, DateOnly NewDue, string Reason, Actor By, DateTimeOffset At);

public sealed record InvestigationOpened(Guid NotificationId, string Reason, Actor By, DateTimeOffset At);

public sealed record InvestigationExtended(Guid NotificationId, string Reason, Actor By, DateTimeOffset At);

public sealed record ReviewExtended(Guid NotificationId, string Reason, Actor By, DateTimeOffset At);

public sealed record InformationRequested(Guid NotificationId, Guid RequestId, string Questions, DateOnly Due, Actor By, DateTimeOffset At);

public sealed record InformationProvided(Guid NotificationId, Guid RequestId, string Response, int TolledDays, Actor By, DateTimeOffset At);

public sealed record InformationRequestOverdue(Guid NotificationId, Guid RequestId, DateOnly Due, DateTimeOffset At);

public sealed record ConsultationRequested(Guid NotificationId, Guid ConsultationId, string Agency, string Question, Actor By, DateTimeOffset At);

public sealed record ConsultationAnswered(Guid NotificationId, Guid ConsultationId, string Answer, Actor By, DateTimeOffset At);

/// <summary>FEFTA Art. 27 (N5): the Council on Customs, Tariff, Foreign Exchange and Other Transactions (関税・外国為替等審議会) was heard on the day, and advised this.</summary>
public sealed record CouncilOpinionRecorded(Guid NotificationId, DateOnly HeardOn, string Opinion, Actor By, DateTimeOffset At);

public sealed record CaseAssigned(Guid NotificationId, string OfficerId, string OfficerName, string? Reason, Actor By, DateTimeOffset At);

/// <summary>A decision proposed; <paramref name="OpenItemsAcknowledged"/> lists what was still open and the officer went ahead on.</summary>
public sealed record DecisionProposed(Guid NotificationId, DecisionKind Decision, string Reasons, IReadOnlyList<string> Conditions, Actor By, DateTimeOffset At,
    IReadOnlyList<string>? OpenItemsAcknowledged = null);

public sealed record DecisionProposalReturned(Guid NotificationId, string Reason, Actor By, DateTimeOffset At);

/// <summary>A second, different officer or a supervisor approved the proposed decision (four eyes).</summary>
public sealed record DecisionApproved(Guid NotificationId, DecisionKind Decision, Actor ProposedBy, Actor By, DateTimeOffset At,
    IReadOnlyList<string>? OpenItemsAcknowledged = null);

/// <summary>FEFTA: the ministers recommended changing or suspending the investment; the investor must reply.</summary>
public sealed record RecommendationIssued(Guid NotificationId, string Content, DateOnly ReplyDue, DateTimeOffset At);

public sealed record RecommendationAnswered(Guid NotificationId, bool Accepted, string? Comment, Actor By, DateTimeOffset At);

/// <summary>FEFTA: the reply period ended with no reply, which counts as not accepting (Art. 27(10)).</summary>
public sealed record RecommendationUnanswered(Guid NotificationId, DateOnly Due, DateTimeOffset At);

public sealed record NotificationWithdrawn(Guid NotificationId, string Reason, Guid? RefiledAs, Actor By, DateTimeOffset At);

/// <summary>
/// The case closed. A clearance with mitigation closes on the terms of the agreement version in force
/// (<paramref name="AgreementVersion"/>), which are its <paramref name="Conditions"/>.
/// </summary>
public sealed record NotificationClosed(Guid NotificationId, CaseOutcome Outcome, IReadOnlyList<string> Conditions, DateTimeOffset At,
    Guid? Agreement = null, int? AgreementVersion = null);

/// <summary>The notification's mitigation agreement was signed by both parties and is in force.</summary>
/// <remarks><paramref name="Terms"/>: the text of each condition of the version in force, as signed.</remarks>
public sealed record MitigationAgreementInForce(Guid NotificationId, Guid AgreementId, int Version, DateTimeOffset At, IReadOnlyList<string>? Terms = null);
