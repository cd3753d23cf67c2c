using FdiReview.Domain.Notifications;

namespace FdiReview.Web.Components.Shared;

/// <summary>What each case action is called on its button and its dialog.</summary>
public static class CaseActionTitles
{
    public static string Of(CaseAction action) => action switch
    {
        CaseAction.Accept => "Accept the notification",
        CaseAction.ReturnIncomplete => "Return as incomplete",
        CaseAction.Resubmit => "Resubmit",
        CaseAction.TakeCase => "Take the case",
        CaseAction.Assign => "Assign to an officer",
        CaseAction.RequestInformation => "Request information",
        CaseAction.ProvideInformation => "Answer an information request",
        CaseAction.RequestConsultation => "Consult a ministry or agency",
        CaseAction.RecordConsultationAnswer => "Record a consultation answer",
        CaseAction.OpenInvestigation => "Open an investigation",
        CaseAction.ExtendInvestigation => "Extend the investigation",
        CaseAction.ExtendReview => "Extend the review",
        CaseAction.ShortenWaitingPeriod => "Shorten the waiting period",
        CaseAction.ProposeDecision => "Propose a decision",
        CaseAction.ApproveDecision => "Approve the proposed decision",
        CaseAction.ReturnProposal => "Return the proposal",
        CaseAction.AnswerRecommendation => "Reply to the recommendation",
        CaseAction.Withdraw => "Withdraw the notification",
        CaseAction.FilePostInvestmentReport => "File the post-investment report",
        CaseAction.RecordCouncilOpinion => "Record the Council's opinion",
        _ => "Correct the facts",
    };
}
