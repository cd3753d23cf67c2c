using FdiReview.Domain;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;

namespace FdiReview.Web.Review;

/// <summary>
/// A case as one user may see it now: the state, its version (to send back with a decision), the running
/// clock read at this instant, and the actions open to this user. Investors see what the law lets them:
/// never consultations, assignment, proposals or risk scores.
/// </summary>
public sealed record CaseView(
    Guid Id,
    int Version,
    NotificationStatus Status,
    SubmissionKind Kind,
    string? ReceiptNumber,
    TransactionFacts Facts,
    Determination? Determination,
    ClockReading? Clock,
    IReadOnlyList<InformationRequest> InformationRequests,
    IReadOnlyList<CaseDocument> Documents,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Consultation> Consultations,
    Assignee? AssignedTo,
    ProposedDecision? Proposal,
    string? Recommendation,
    CaseOutcome? Outcome,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<string> MissingItems,
    Guid? RefiledFrom,
    Guid? RefiledAs,
    Guid? AgreementInForce,
    DateTimeOffset FiledAt,
    IReadOnlyList<CaseAction> AllowedActions,
    IReadOnlyList<DecisionKind> PossibleDecisions,
    IReadOnlyList<string> OpenItems,
    int? AgreementVersionInForce,
    int? ClosedOnAgreementVersion,
    InvestmentValue? Value,
    DecisionRecord? Decided)
{
    public static CaseView For(Notification n, int version, Actor viewer, DateTimeOffset now)
    {
        var investor = viewer.Role == Roles.Investor;
        var clock = n.Clock?.Read(now, ClockRules.CalendarFor(n.Regime));
        return new CaseView(n.Id, version, n.Status, n.Kind, n.ReceiptNumber, n.Facts,
            n.Determination is { } d ? d with
            {
                // One priority: the case's current one, as the queue orders by it (the screening's own was its first).
                Priority = investor ? new Priority(0, PriorityBand.Low, []) : n.Priority ?? d.Priority,
                Findings = [.. d.Findings.Where(f => f.Rule != "FDIREVIEW-PRIORITY")],
            } : null,
            clock, n.InformationRequests, n.Documents.Where(doc => n.CanSee(doc, viewer)).ToList(), n.Participants,
            investor ? [] : n.Consultations,
            investor ? null : n.AssignedTo,
            investor ? null : n.Proposal,
            n.Recommendation, n.Outcome, n.Conditions, n.MissingItems, n.RefiledFrom, n.RefiledAs, n.AgreementInForce, n.FiledAt,
            n.AllowedActions(viewer, now),
            investor ? [] : n.PossibleDecisions(),
            investor ? [] : n.OpenItems(), n.AgreementVersionInForce, n.ClosedOnAgreementVersion, n.Value,
            investor ? null : n.Decided);
    }
}
