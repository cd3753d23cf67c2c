using FdiReview.Domain.Clocks;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Notifications;

// Decisions under four eyes: one officer proposes, a second, different officer or a supervisor approves.
public sealed partial class Notification
{
    /// <summary>The decisions open to a case at its stage, by regime and form of filing.</summary>
    public IReadOnlyList<DecisionKind> PossibleDecisions() => (Regime, Kind) switch
    {
        (_, _) when !InReview => [],
        (Regime.Fefta, _) when RecommendationRefused => [DecisionKind.Order],
        (Regime.Fefta, _) => [DecisionKind.Cleared, DecisionKind.ClearedWithMitigation, DecisionKind.Recommendation],
        (_, SubmissionKind.Declaration) => [DecisionKind.DeclarationNoAction, DecisionKind.DeclarationNoticeRequested, DecisionKind.DeclarationUnableToConclude],
        _ => [DecisionKind.Cleared, DecisionKind.ClearedWithMitigation, DecisionKind.Prohibition, DecisionKind.Referral],
    };

    /// <summary>
    /// What is still open on the case: information requests not answered and consultations not answered. A
    /// decision can go ahead with them only when the officer says so, and the event records what was acknowledged.
    /// </summary>
    public IReadOnlyList<string> OpenItems() =>
    [
        .. InformationRequests.Where(r => r.Open).Select(r => $"Information request of {r.RequestedOn:yyyy-MM-dd} not answered: {Shorten(r.Questions)}"),
        .. Consultations.Where(c => c.Answer is null).Select(c => $"Consultation of {c.Agency} not answered: {Shorten(c.Question)}"),
    ];

    private static string Shorten(string text) => text.Length <= 80 ? text : $"{text[..77]}…";

    private IReadOnlyList<string>? Acknowledged(bool acknowledgeOpenItems, string step)
    {
        var open = OpenItems();
        if (open.Count == 0) return null;
        Require(acknowledgeOpenItems,
            $"{open.Count} item(s) are still open: {string.Join("; ", open)}. Acknowledge them to {step} anyway.");
        return open;
    }

    public IReadOnlyList<object> ProposeDecision(DecisionKind decision, string? reasons, IReadOnlyList<string>? conditions, Actor officer, DateTimeOffset now,
        bool acknowledgeOpenItems = false)
    {
        RequireAgencyOfficer(officer);
        Require(Status != NotificationStatus.DecisionProposed, "A decision is already proposed; approve or return it first.");
        var possible = PossibleDecisions();
        Require(possible.Count > 0, $"No decision can be proposed while the case is {Status.Describe().ToLowerInvariant()}.");
        Require(possible.Contains(decision),
            $"A {Describe(decision)} is not open to this case; possible: {string.Join(", ", possible.Select(Describe))}.");
        Require(!string.IsNullOrWhiteSpace(reasons), "Give the reasons for the decision: they are part of the record.");
        Require(decision != DecisionKind.Recommendation || CouncilOpinion is not null,
            "A recommendation is made after hearing the Council on Customs, Tariff, Foreign Exchange and Other Transactions " +
            "(関税・外国為替等審議会, FEFTA Art. 27): record the day it was heard and its opinion first.");
        var list = (conditions ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
        Require(decision != DecisionKind.ClearedWithMitigation || list.Count > 0, "A clearance with mitigation lists its conditions.");
        Require(decision is DecisionKind.ClearedWithMitigation or DecisionKind.Recommendation or DecisionKind.Order || list.Count == 0,
            $"A {Describe(decision)} carries no conditions.");
        var acknowledged = Acknowledged(acknowledgeOpenItems, "propose a decision");
        return [new DecisionProposed(Id, decision, reasons!.Trim(), list, officer, now, acknowledged)];
    }

    /// <summary>
    /// A second officer or a supervisor approves: never the one who proposed. The approval closes the case,
    /// except a FEFTA recommendation, which waits for the investor's reply (Art. 27(5)–(7)).
    /// </summary>
    /// <remarks>
    /// The approver names the decision and the conditions approved, as read: if the proposal says anything else now,
    /// the approval is refused, so nobody approves what they did not see.
    /// </remarks>
    public IReadOnlyList<object> ApproveDecision(DecisionKind decision, IReadOnlyList<string>? conditions, Actor approver, DateTimeOffset now,
        ClockRules? clocks = null, bool acknowledgeOpenItems = false)
    {
        RequireAgencyOfficer(approver);
        Require(Status == NotificationStatus.DecisionProposed && Proposal is not null, "There is no proposed decision to approve.");
        var named = (conditions ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
        Require(decision == Proposal!.Decision && named.SequenceEqual(Proposal.Conditions, StringComparer.Ordinal),
            $"The proposal is not what this approval names: it proposes a {Describe(Proposal.Decision)}" +
            (Proposal.Conditions.Count > 0 ? $" with {Proposal.Conditions.Count} condition(s)" : " with no conditions") +
            ". Read the proposal again before approving it.");
        Require(approver.UserId != Proposal!.ProposedBy.UserId,
            "The officer who proposed a decision cannot also approve it: a second officer or a supervisor must (four eyes).");
        Require(Proposal.Decision != DecisionKind.ClearedWithMitigation || AgreementInForce is not null,
            "A clearance with mitigation can be approved only once the mitigation agreement is signed by both parties.");
        var approved = new DecisionApproved(Id, Proposal.Decision, Proposal.ProposedBy, approver, now, Acknowledged(acknowledgeOpenItems, "approve the decision"));
        if (Proposal.Decision == DecisionKind.Recommendation)
        {
            var rules = (clocks ?? ClockRules.Default).Fefta;
            var calendar = JapanCalendar.Instance;
            var today = calendar.Today(now);
            var (replyDue, moved) = rules.RecommendationReply!.DeadlineFrom(today, calendar);
            var text = Proposal.Conditions.Count > 0 ? $"{Proposal.Reasons} Changes: {string.Join("; ", Proposal.Conditions)}" : Proposal.Reasons;
            return
            [
                approved,
                new RecommendationIssued(Id, text, replyDue, now),
                new ClockPhaseStarted(Id, ReviewClock.Noted(ClockPhase.RecommendationReply, today, replyDue, rules.RecommendationReply.Unit, rules.RecommendationReply.Citation,
                    moved), now),
            ];
        }
        // A clearance with mitigation closes on what both sides signed, not on the proposal's wording.
        return Proposal.Decision == DecisionKind.ClearedWithMitigation && AgreementTerms.Count > 0
            ? [approved, new NotificationClosed(Id, CaseOutcome.ClearedWithMitigation, AgreementTerms, now, AgreementInForce, AgreementVersionInForce)]
            : [approved, new NotificationClosed(Id, OutcomeOf(Proposal.Decision), Proposal.Conditions, now)];
    }

    /// <summary>The approver sends the proposal back with a reason; the case returns to its review stage.</summary>
    public IReadOnlyList<object> ReturnProposal(string? reason, Actor approver, DateTimeOffset now)
    {
        RequireAgencyOfficer(approver);
        Require(Status == NotificationStatus.DecisionProposed, "There is no proposed decision to return.");
        Require(!string.IsNullOrWhiteSpace(reason), "Say why the proposal is returned.");
        return [new DecisionProposalReturned(Id, reason!.Trim(), approver, now)];
    }

    /// <summary>FEFTA: the investor accepts the recommendation (the case closes) or does not (an order may follow).</summary>
    public IReadOnlyList<object> AnswerRecommendation(bool accepted, string? comment, Actor investor, DateTimeOffset now)
    {
        RequireMay(investor, InvestorAction.AnswerRecommendation);
        Require(Status == NotificationStatus.RecommendationIssued, "There is no recommendation awaiting a reply.");
        var answered = new RecommendationAnswered(Id, accepted, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), investor, now);
        return accepted
            ? [answered, new NotificationClosed(Id, CaseOutcome.RecommendationAccepted, [], now)]
            : [answered, new ClockPhaseStarted(Id, RecommendationReviewClock(now), now)];
    }

    /// <summary>After a recommendation the review may run to 5 months from acceptance (J14).</summary>
    private ReviewClock RecommendationReviewClock(DateTimeOffset now, ClockRules? clocks = null)
    {
        var rule = (clocks ?? ClockRules.Default).Fefta.RecommendationReview!;
        var start = AcceptedOn ?? JapanCalendar.Instance.Today(now);
        return new ReviewClock(ClockPhase.ExtendedReview, start, rule.DueFrom(start, JapanCalendar.Instance), rule.Unit, rule.Citation);
    }

    private static CaseOutcome OutcomeOf(DecisionKind decision) => decision switch
    {
        DecisionKind.Cleared => CaseOutcome.Cleared,
        DecisionKind.ClearedWithMitigation => CaseOutcome.ClearedWithMitigation,
        DecisionKind.Order => CaseOutcome.Ordered,
        DecisionKind.Prohibition => CaseOutcome.Prohibited,
        DecisionKind.Referral => CaseOutcome.Referred,
        DecisionKind.DeclarationNoAction => CaseOutcome.DeclarationNoAction,
        DecisionKind.DeclarationNoticeRequested => CaseOutcome.NoticeRequested,
        _ => CaseOutcome.UnableToConclude,
    };

    public static string Describe(DecisionKind decision) => Glossary.Word($"decision.{decision}");
}
