using FdiReview.Domain.Clocks;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Notifications;

// Filing, completeness, acceptance, corrections and withdrawal.
public sealed partial class Notification
{
    /// <summary>
    /// An investor files a notification for their organisation; the facts are screened at once, so the case
    /// opens with its determination, and the agency's acceptance period starts.
    /// </summary>
    public static IReadOnlyList<object> File(Guid id, TransactionFacts facts, Actor investor, DateTimeOffset now,
        ScreeningOptions? options = null, ClockRules? clocks = null, SubmissionKind? kind = null, Guid? refiledFrom = null,
        InvestmentValue? value = null)
    {
        Require(investor.Role == Roles.Investor && !string.IsNullOrWhiteSpace(investor.Organization),
            "Only an investor acting for an organisation can file a notification.");
        RequireValid(facts);
        Require(value is null || InvestmentValue.Problems(value, "").Count == 0, "The value of the investment is an amount above 0 in an ISO 4217 currency.");
        var determination = ScreeningEngine.Screen(facts, options);
        var submission = kind ?? DefaultKind(facts.Regime, determination);
        Require(facts.Regime == Regime.Fefta ? submission == SubmissionKind.PriorNotification : submission != SubmissionKind.PriorNotification,
            facts.Regime == Regime.Fefta ? "A FEFTA filing is a prior notification." : "A FIRRMA filing is a notice or a declaration.");

        return
        [
            new NotificationFiled(id, facts, investor, investor.Organization!, now, submission, refiledFrom, value),
            new ScreeningCompleted(id, determination, "filed", now),
            new ClockPhaseStarted(id, AcceptanceClock(facts.Regime, now, clocks), now),
        ];
    }

    /// <summary>FIRRMA: a mandatory declaration is filed as a declaration, anything else as a notice; FEFTA: a prior notification.</summary>
    public static SubmissionKind DefaultKind(Regime? regime, Determination determination) =>
        regime == Regime.Fefta ? SubmissionKind.PriorNotification
        : determination.Filing == Filing.MandatoryDeclaration ? SubmissionKind.Declaration
        : SubmissionKind.Notice;

    /// <summary>
    /// The investor's organisation or an officer corrects the facts, with a reason; the corrected facts are
    /// screened again, as a new event, so the earlier determination stays in the record.
    /// </summary>
    public IReadOnlyList<object> CorrectFacts(TransactionFacts facts, Actor actor, string? reason, DateTimeOffset now, ScreeningOptions? options = null)
    {
        Require(actor.Role is Roles.Officer or Roles.Supervisor || ParticipantOf(actor) is not null,
            "Only the users taking part in the filing or an officer may correct the facts of a notification.");
        Require(Status.IsOpen(), $"The notification is {Status.Describe().ToLowerInvariant()}: its facts can no longer be corrected.");
        // The approver must decide on the facts the proposal was made on (four eyes): the proposal goes back first.
        Require(Status != NotificationStatus.DecisionProposed,
            "A decision has been proposed on the present facts: the approver returns the proposal before the facts can be corrected.");
        Require(!string.IsNullOrWhiteSpace(reason), "Say why the facts are corrected: the reason is part of the record.");
        RequireValid(facts);
        return
        [
            new NotificationFactsCorrected(Id, facts, actor, reason!.Trim(), now),
            new ScreeningCompleted(Id, ScreeningEngine.Screen(facts, options), "facts-corrected", now),
        ];
    }

    /// <summary>An officer returns a filing as incomplete, naming what is missing; its acceptance clock stops.</summary>
    public IReadOnlyList<object> ReturnIncomplete(IReadOnlyList<string> missingItems, Actor officer, DateTimeOffset now)
    {
        RequireAgencyOfficer(officer);
        Require(Status == NotificationStatus.Filed, $"Only a filing awaiting acceptance can be returned as incomplete; this one is {Status.Describe().ToLowerInvariant()}.");
        var items = missingItems.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToList();
        Require(items.Count > 0, "Name at least one missing item, so the investor knows what to supply.");
        return [new NotificationReturnedIncomplete(Id, items, officer, now)];
    }

    /// <summary>The investor resubmits a returned filing; the acceptance period starts again.</summary>
    public IReadOnlyList<object> Resubmit(string? note, Actor investor, DateTimeOffset now, ClockRules? clocks = null)
    {
        RequireMay(investor, InvestorAction.Resubmit);
        Require(Status == NotificationStatus.ReturnedIncomplete, "Only a filing returned as incomplete can be resubmitted.");
        return
        [
            new NotificationResubmitted(Id, string.IsNullOrWhiteSpace(note) ? "Resubmitted with the missing items." : note.Trim(), investor, now),
            new ClockPhaseStarted(Id, AcceptanceClock(Regime, now, clocks), now),
        ];
    }

    /// <summary>The acceptance period runs from the day the submission counts as received (CFIUS: the 5 p.m. Eastern cut-off, 800.203).</summary>
    private static ReviewClock AcceptanceClock(Regime? regime, DateTimeOffset now, ClockRules? clocks)
    {
        var calendar = ClockRules.CalendarFor(regime);
        var rules = (clocks ?? ClockRules.Default).For(regime);
        var (start, note) = rules.ReceivedOn(now, calendar);
        return ReviewClock.Noted(ClockPhase.Acceptance, start, rules.Acceptance.DueFrom(start, calendar), rules.Acceptance.Unit, rules.Acceptance.Citation, note);
    }

    /// <summary>
    /// An officer accepts a complete filing: a receipt number is issued and the statutory period starts —
    /// CFIUS review (45 days, 800.503) or declaration assessment (30 days, 800.405), or the FEFTA waiting period (30 days, Art. 27(2)).
    /// </summary>
    public IReadOnlyList<object> Accept(Actor officer, DateTimeOffset now, ClockRules? clocks = null)
    {
        RequireAgencyOfficer(officer);
        Require(Status == NotificationStatus.Filed, $"Only a filing awaiting acceptance can be accepted; this one is {Status.Describe().ToLowerInvariant()}.");
        var calendar = ClockRules.CalendarFor(Regime);
        var rules = (clocks ?? ClockRules.Default).For(Regime);
        var (phase, rule) = Kind switch
        {
            SubmissionKind.PriorNotification => (ClockPhase.WaitingPeriod, rules.WaitingPeriod!),
            SubmissionKind.Declaration => (ClockPhase.DeclarationAssessment, rules.DeclarationAssessment!),
            _ => (ClockPhase.Review, rules.Review!),
        };
        var start = calendar.Today(now);
        var receipt = $"{(Regime == Regime.Fefta ? "JP" : "US")}-{start:yyyyMMdd}-{Id.ToString("N")[^6..].ToUpperInvariant()}";
        return
        [
            new NotificationAccepted(Id, receipt, officer, now),
            new ClockPhaseStarted(Id, new ReviewClock(phase, start, rule.DueFrom(start, calendar), rule.Unit, rule.Citation), now),
        ];
    }

    /// <summary>
    /// The investor withdraws at any open stage (800.509; FEFTA practice). With a refile, the new notification's
    /// id is recorded here and the new one names this one, so the two stay linked.
    /// </summary>
    public IReadOnlyList<object> Withdraw(string? reason, Guid? refiledAs, Actor investor, DateTimeOffset now)
    {
        RequireMay(investor, refiledAs is null ? InvestorAction.Withdraw : InvestorAction.Refile);
        Require(Status.IsOpen(), $"The notification is already {Status.Describe().ToLowerInvariant()}.");
        Require(!string.IsNullOrWhiteSpace(reason), "Say why the notification is withdrawn.");
        return [new NotificationWithdrawn(Id, reason!.Trim(), refiledAs, investor, now)];
    }

    private static void RequireAgencyOfficer(Actor actor) =>
        Require(actor.Role is Roles.Officer or Roles.Supervisor, "Only an officer or a supervisor may do this.");

    private static void RequireValid(TransactionFacts facts)
    {
        var errors = TransactionFactsValidation.Validate(facts);
        Require(errors.Count == 0, $"The transaction facts are incomplete: {string.Join(", ", errors.Keys)}.");
    }
}
