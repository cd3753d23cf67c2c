namespace FdiReview.Domain.Notifications;

/// <summary>
/// The status a case moves to on each event, with the status a pending proposal returns it to: the one function
/// the aggregate and every read model (the queue row) fold the status with, so they can never disagree.
/// </summary>
public static class StatusFlow
{
    public static (NotificationStatus Status, NotificationStatus BeforeProposal) After(NotificationStatus status, NotificationStatus beforeProposal, object e) =>
        e switch
        {
            NotificationReturnedIncomplete => (NotificationStatus.ReturnedIncomplete, beforeProposal),
            NotificationResubmitted => (NotificationStatus.Filed, beforeProposal),
            NotificationAccepted => (NotificationStatus.UnderReview, beforeProposal),
            InvestigationOpened => (NotificationStatus.UnderInvestigation, beforeProposal),
            ReviewExtended => (NotificationStatus.ExtendedReview, beforeProposal),
            DecisionProposed => (NotificationStatus.DecisionProposed, status),
            DecisionProposalReturned or DecisionApproved or RecommendationUnanswered => (beforeProposal, beforeProposal),
            RecommendationIssued => (NotificationStatus.RecommendationIssued, beforeProposal),
            RecommendationAnswered { Accepted: false } => (beforeProposal, beforeProposal),
            NotificationWithdrawn => (NotificationStatus.Withdrawn, beforeProposal),
            NotificationClosed => (NotificationStatus.Closed, beforeProposal),
            _ => (status, beforeProposal),
        };
}
