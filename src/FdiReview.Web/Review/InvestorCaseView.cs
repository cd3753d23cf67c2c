using FdiReview.Domain;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;

namespace FdiReview.Web.Review;

/// <summary>
/// A case as the law lets the investor see it: the public status, the clock, the requests addressed to them,
/// what the screening found. Its type has no place for officers' notes, consultations, assignment,
/// proposals or risk scores, so none can leak by accident.
/// </summary>
public sealed record InvestorCaseView(
    Guid Id,
    int Version,
    NotificationStatus Status,
    SubmissionKind Kind,
    string? ReceiptNumber,
    TransactionFacts Facts,
    InvestorScreening? Screening,
    ClockReading? Clock,
    IReadOnlyList<InformationRequest> InformationRequests,
    string? Recommendation,
    CaseOutcome? Outcome,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<string> MissingItems,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<CaseDocument> Documents,
    PostInvestmentReportFiled? PostInvestmentReport,
    ParticipantRole? MyRole,
    Guid? RefiledFrom,
    Guid? RefiledAs,
    DateTimeOffset FiledAt,
    IReadOnlyList<CaseAction> AllowedActions,
    int? ClosedOnAgreementVersion,
    InvestmentValue? Value)
{
    public static InvestorCaseView For(Notification n, int version, Actor investor, DateTimeOffset now) => new(
        // A decision proposed but not approved is the agency's own business: the investor sees the step before it.
        n.Id, version, n.Status == NotificationStatus.DecisionProposed ? n.StatusBeforeProposal : n.Status, n.Kind, n.ReceiptNumber, n.Facts,
        n.Determination is { } d ? InvestorScreening.Of(d) : null,
        n.Clock?.Read(now, ClockRules.CalendarFor(n.Regime)),
        n.InformationRequests, n.Recommendation, n.Outcome, n.Conditions, n.MissingItems,
        n.Participants, n.Documents.Where(d => n.CanSee(d, investor)).ToList(), n.PostInvestmentReport, n.ParticipantOf(investor)?.Role, n.RefiledFrom, n.RefiledAs, n.FiledAt,
        n.AllowedActions(investor, now), n.ClosedOnAgreementVersion, n.Value);
}

/// <summary>The screening as the investor sees it: the requirement and the rules, without the agency's priority.</summary>
public sealed record InvestorScreening(string Summary, Filing Filing, IReadOnlyList<string> FilingBasis,
    CoveredTransaction? CoveredTransaction, FeftaExemption? Exemption, IReadOnlyList<Finding> Findings)
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Phrase? SummaryWords { get; init; }

    public static InvestorScreening Of(Determination d) => new(d.Summary, d.Filing, d.FilingBasis, d.CoveredTransaction, d.Exemption,
        d.Findings.Where(f => !f.Rule.StartsWith("FDIREVIEW-", StringComparison.Ordinal)).ToList()) { SummaryWords = d.SummaryWords };
}
