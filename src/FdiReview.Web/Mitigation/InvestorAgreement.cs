using FdiReview.Domain.Mitigation;

namespace FdiReview.Web.Mitigation;

/// <summary>
/// A mitigation agreement as the investor reads it: the terms, the signatures, the obligations and the findings
/// against it, with a penalty only once a second officer approved it. Its type has no place for a proposed penalty or
/// who proposed it, so a proposal under four-eyes review cannot leak.
/// </summary>
public sealed record InvestorAgreement(
    Guid Id, int Version, Guid NotificationId, AgreementStatus Status, IReadOnlyList<AgreementVersion> Versions, int? InForceVersion,
    IReadOnlyDictionary<string, int> SignedVersion, IReadOnlyList<Obligation> Obligations, IReadOnlyList<InvestorViolation> Violations,
    AgreementVersion Latest, IReadOnlyList<Signature> Signatures)
{
    public static InvestorAgreement Of(MitigationAgreement a) => new(a.Id, a.Version, a.NotificationId, a.Status, a.Versions, a.InForceVersion,
        a.SignedVersion, a.Obligations, [.. a.Violations.Select(InvestorViolation.Of)], a.Latest, a.Signatures);
}

/// <summary>A finding against the agreement, with the penalty once approved.</summary>
public sealed record InvestorViolation(Guid Id, string ConditionKey, string Evidence, string Severity, decimal? Penalty,
    string? RemediationPlan, DateOnly? RemediationDue, RemediationState? RemediationState)
{
    public static InvestorViolation Of(Violation v) =>
        new(v.Id, v.ConditionKey, v.Evidence, v.Severity, v.Penalty, v.RemediationPlan, v.RemediationDue, v.RemediationState);
}
