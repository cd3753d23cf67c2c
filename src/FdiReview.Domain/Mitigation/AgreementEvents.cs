namespace FdiReview.Domain.Mitigation;

public sealed record AgreementVersion(int Number, IReadOnlyList<Condition> Conditions, string ProposedBySide, Actor ProposedBy, DateTimeOffset At);

public sealed record AgreementDrafted(Guid AgreementId, Guid NotificationId, string Organization, AgreementVersion Version, DateTimeOffset At);
public sealed record AgreementVersionProposed(Guid AgreementId, AgreementVersion Version, string? Note, DateTimeOffset At);
public sealed record AgreementSigned(Guid AgreementId, int Version, string Side, Actor By, DateTimeOffset At);
public sealed record AgreementInForce(Guid AgreementId, int Version, DateOnly From, DateTimeOffset At);
public sealed record AgreementTerminated(Guid AgreementId, string Reason, Actor By, DateTimeOffset At);

public sealed record ObligationScheduled(Guid AgreementId, Guid ObligationId, string ConditionKey, string Description, DateOnly Due, DateTimeOffset At);
public sealed record ObligationOverdue(Guid AgreementId, Guid ObligationId, DateOnly Due, DateTimeOffset At);
public sealed record ComplianceSubmitted(Guid AgreementId, Guid ObligationId, string Report, Actor By, DateTimeOffset At, IReadOnlyList<Guid>? Documents = null);
public sealed record ComplianceAccepted(Guid AgreementId, Guid ObligationId, Actor By, DateTimeOffset At);
public sealed record ComplianceReturned(Guid AgreementId, Guid ObligationId, string Reason, Actor By, DateTimeOffset At);

public sealed record ViolationRecorded(Guid AgreementId, Guid ViolationId, string ConditionKey, string Evidence, string Severity, Actor By, DateTimeOffset At);
public sealed record PenaltyProposed(Guid AgreementId, Guid ViolationId, decimal Amount, string Basis, Actor By, DateTimeOffset At);
public sealed record PenaltyApproved(Guid AgreementId, Guid ViolationId, decimal Amount, Actor ProposedBy, Actor By, DateTimeOffset At);
public sealed record RemediationPlanSet(Guid AgreementId, Guid ViolationId, string Plan, DateOnly Due, Actor By, DateTimeOffset At);
public sealed record RemediationOverdue(Guid AgreementId, Guid ViolationId, DateOnly Due, DateTimeOffset At);
public sealed record RemediationCompleted(Guid AgreementId, Guid ViolationId, string Evidence, Actor By, DateTimeOffset At);
