using FdiReview.Domain.Mitigation;

namespace FdiReview.Domain;

/// <summary>How an agreement's, an obligation's or a remediation plan's state reads on a page.</summary>
public static class ObligationWords
{
    public static string Of(ObligationState state) => state switch
    {
        ObligationState.Due => "due",
        ObligationState.Overdue => "overdue",
        ObligationState.Submitted => "submitted, awaiting review",
        ObligationState.Accepted => "accepted",
        _ => "returned for another submission",
    };

    public static string Of(AgreementStatus status) => status switch
    {
        AgreementStatus.Negotiating => "In negotiation",
        AgreementStatus.InForce => "In force",
        AgreementStatus.Amending => "In force, amendment under negotiation",
        _ => "Terminated",
    };

    public static string Of(RemediationState? state) => state switch
    {
        RemediationState.Open => "open",
        RemediationState.Overdue => "overdue",
        RemediationState.Completed => "verified complete",
        _ => "—",
    };
}
