using FdiReview.Domain.Mitigation;

namespace FdiReview.Domain;

/// <summary>How an agreement's, an obligation's or a remediation plan's state reads on a page.</summary>
public static class ObligationWords
{
    public static string Of(ObligationState state) => Glossary.Word($"obligation-state.{state}");

    public static string Of(AgreementStatus status) => Glossary.Word($"agreement-status.{status}");

    public static string Of(RemediationState? state) => state is { } s ? Glossary.Word($"remediation-state.{s}") : "—";
}
