using FdiReview.Domain.Clocks;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Notifications;

// The review: investigation and extensions, shortening, information requests, consultations, assignment.
public sealed partial class Notification
{
    private bool InReview => Status is NotificationStatus.UnderReview or NotificationStatus.UnderInvestigation or NotificationStatus.ExtendedReview;

    /// <summary>CFIUS: an investigation of a notice follows the review; its 45 days run from the end of the review (800.505, 800.508(a)).</summary>
    public IReadOnlyList<object> OpenInvestigation(string? reason, Actor officer, DateTimeOffset now, ClockRules? clocks = null)
    {
        RequireAgencyOfficer(officer);
        Require(Regime == Regime.Firrma && Kind == SubmissionKind.Notice, "Only a CFIUS notice can be taken to investigation.");
        Require(Status == NotificationStatus.UnderReview, "An investigation can only follow a review under way.");
        RequireReason(reason, "opening an investigation");
        var rule = (clocks ?? ClockRules.Default).Firrma.Investigation!;
        var start = Clock!.Due;
        return
        [
            new InvestigationOpened(Id, reason!.Trim(), officer, now),
            new ClockPhaseStarted(Id, new ReviewClock(ClockPhase.Investigation, start, rule.DueFrom(start, UnitedStatesCalendar.Instance), rule.Unit, rule.Citation), now),
        ];
    }

    /// <summary>CFIUS: one 15-day extension of an investigation in extraordinary circumstances (800.508(c)).</summary>
    public IReadOnlyList<object> ExtendInvestigation(string? reason, Actor officer, DateTimeOffset now, ClockRules? clocks = null)
    {
        RequireAgencyOfficer(officer);
        Require(Status == NotificationStatus.UnderInvestigation, "Only an investigation under way can be extended.");
        Require(!InvestigationExtended, "An investigation can be extended only once (800.508(c)).");
        RequireReason(reason, "extending the investigation");
        var rule = (clocks ?? ClockRules.Default).Firrma.InvestigationExtension!;
        var start = Clock!.Due;
        return
        [
            new InvestigationExtended(Id, reason!.Trim(), officer, now),
            new ClockPhaseStarted(Id, new ReviewClock(ClockPhase.InvestigationExtension, start, rule.DueFrom(start, UnitedStatesCalendar.Instance), rule.Unit, rule.Citation), now),
        ];
    }

    /// <summary>FEFTA: when review is needed the waiting period is extended up to 4 months from acceptance (Art. 27(3)).</summary>
    public IReadOnlyList<object> ExtendReview(string? reason, Actor officer, DateTimeOffset now, ClockRules? clocks = null)
    {
        RequireAgencyOfficer(officer);
        Require(Regime == Regime.Fefta, "Only a FEFTA waiting period can be extended; CFIUS opens an investigation instead.");
        Require(Status == NotificationStatus.UnderReview, "Only a waiting period under way can be extended.");
        RequireReason(reason, "extending the review");
        var rule = (clocks ?? ClockRules.Default).Fefta.ExtendedReview!;
        var start = AcceptedOn!.Value;
        return
        [
            new ReviewExtended(Id, reason!.Trim(), officer, now),
            new ClockPhaseStarted(Id, new ReviewClock(ClockPhase.ExtendedReview, start, rule.DueFrom(start, JapanCalendar.Instance), rule.Unit, rule.Citation), now),
        ];
    }

    /// <summary>FEFTA: the ministers may shorten the waiting period where no review is needed (Art. 27(2); J13).</summary>
    public IReadOnlyList<object> ShortenWaitingPeriod(DateOnly newDue, string? reason, Actor officer, DateTimeOffset now)
    {
        RequireAgencyOfficer(officer);
        Require(Regime == Regime.Fefta && Status == NotificationStatus.UnderReview && Clock?.Phase == ClockPhase.WaitingPeriod,
            "Only a FEFTA waiting period under way can be shortened.");
        RequireReason(reason, "shortening the waiting period");
        var today = JapanCalendar.Instance.Today(now);
        Require(newDue >= today, "The shortened waiting period cannot end before today.");
        Require(newDue < Clock!.Due, $"A shortened waiting period must end before {Clock.Due:yyyy-MM-dd}.");
        return
        [
            new WaitingPeriodShortened(Id, newDue, reason!.Trim(), officer, now),
            new ClockPhaseStarted(Id, Clock with { Due = newDue }, now),
        ];
    }

    /// <summary>An officer asks the investor for information, due in the regime's period (CFIUS: 3 business days on a notice, 800.504; 2 on a declaration, 800.406).</summary>
    public IReadOnlyList<object> RequestInformation(Guid requestId, string? questions, Actor officer, DateTimeOffset now, ClockRules? clocks = null)
    {
        RequireAgencyOfficer(officer);
        Require(Status is NotificationStatus.Filed || InReview, $"Information cannot be requested while the case is {Status.Describe().ToLowerInvariant()}.");
        Require(!string.IsNullOrWhiteSpace(questions), "Write the questions the investor must answer.");
        var calendar = ClockRules.CalendarFor(Regime);
        var rule = (clocks ?? ClockRules.Default).For(Regime).InformationRequestFor(Kind);
        var due = rule.DueFrom(calendar.Today(now), calendar);
        return [new InformationRequested(Id, requestId, questions!.Trim(), due, officer, now)];
    }

    /// <summary>
    /// The investor answers an open request. Where the regime tolls, the days it was open are added to the
    /// running period (never taken away).
    /// </summary>
    public IReadOnlyList<object> AnswerInformationRequest(Guid requestId, string? response, Actor investor, DateTimeOffset now, ClockRules? clocks = null)
    {
        RequireMay(investor, InvestorAction.AnswerInformationRequest);
        var request = InformationRequests.FirstOrDefault(r => r.Id == requestId);
        Require(request is not null, "There is no such information request on this case.");
        Require(Status.IsOpen(), $"The notification is {Status.Describe().ToLowerInvariant()}.");
        Require(request!.Open, "This information request has already been answered.");
        Require(!string.IsNullOrWhiteSpace(response), "Write the answer to the questions.");

        var calendar = ClockRules.CalendarFor(Regime);
        var rules = clocks ?? ClockRules.Default;
        var tolls = rules.For(Regime).TollsDuringInformationRequests && Clock is not null;
        var today = calendar.Today(now);
        var tolled = !tolls ? 0
            : Clock!.Unit == DayCount.Business ? calendar.BusinessDaysBetween(request.RequestedOn, today)
            : Math.Max(0, today.DayNumber - request.RequestedOn.DayNumber);
        var events = new List<object> { new InformationProvided(Id, requestId, response!.Trim(), tolled, investor, now) };
        if (tolled > 0)
        {
            var due = Clock!.Unit == DayCount.Business ? calendar.AddBusinessDays(Clock.Due, tolled) : Clock.Due.AddDays(tolled);
            if (PhaseRuleOf(Clock.Phase, rules)?.RollForward == true) due = calendar.OnOrAfter(due);
            events.Add(new ClockPhaseStarted(Id, Clock with { Due = due, TolledDays = Clock.TolledDays + tolled }, now));
        }
        return events;
    }

    public IReadOnlyList<object> RequestConsultation(Guid consultationId, string? agency, string? question, Actor officer, DateTimeOffset now)
    {
        RequireAgencyOfficer(officer);
        Require(Status.IsOpen(), $"The notification is {Status.Describe().ToLowerInvariant()}.");
        Require(!string.IsNullOrWhiteSpace(agency), "Name the ministry or agency consulted.");
        Require(!string.IsNullOrWhiteSpace(question), "Write what the ministry or agency is asked.");
        return [new ConsultationRequested(Id, consultationId, agency!.Trim(), question!.Trim(), officer, now)];
    }

    public IReadOnlyList<object> RecordConsultationAnswer(Guid consultationId, string? answer, Actor officer, DateTimeOffset now)
    {
        RequireAgencyOfficer(officer);
        var consultation = Consultations.FirstOrDefault(c => c.Id == consultationId);
        Require(consultation is not null, "There is no such consultation on this case.");
        Require(consultation!.Answer is null, "This consultation has already been answered.");
        Require(!string.IsNullOrWhiteSpace(answer), "Record the answer received.");
        return [new ConsultationAnswered(Id, consultationId, answer!.Trim(), officer, now)];
    }

    /// <summary>
    /// FEFTA Art. 27 (N5): the ministers hear the Council on Customs, Tariff, Foreign Exchange and Other Transactions
    /// (関税・外国為替等審議会) before a recommendation. An officer records the day it was heard and what it advised.
    /// </summary>
    public IReadOnlyList<object> RecordCouncilOpinion(DateOnly? heardOn, string? opinion, Actor officer, DateTimeOffset now)
    {
        RequireAgencyOfficer(officer);
        Require(Regime == Regime.Fefta, "The Council on Customs, Tariff, Foreign Exchange and Other Transactions is heard on FEFTA cases only.");
        Require(InReview, $"The Council's opinion is recorded while the case is under review; it is {Status.Describe().ToLowerInvariant()}.");
        Require(heardOn is not null, "Give the day the Council was heard.");
        var today = JapanCalendar.Instance.Today(now);
        Require(heardOn <= today, "The Council cannot have been heard after today.");
        Require(AcceptedOn is not { } accepted || heardOn >= accepted, $"The Council is heard on the notification accepted on {AcceptedOn:yyyy-MM-dd}, not before.");
        Require(!string.IsNullOrWhiteSpace(opinion), "Record what the Council advised.");
        return [new CouncilOpinionRecorded(Id, heardOn!.Value, opinion!.Trim(), officer, now)];
    }

    /// <summary>An officer takes an unassigned case; a supervisor assigns or reassigns any, and a reassignment says why.</summary>
    public IReadOnlyList<object> Assign(Actor officer, Actor by, string? reason, DateTimeOffset now)
    {
        Require(Status.IsOpen(), $"The notification is {Status.Describe().ToLowerInvariant()}.");
        Require(officer.Role is Roles.Officer or Roles.Supervisor, "Cases are assigned to officers or supervisors.");
        Require(by.Role == Roles.Supervisor || (by.Role == Roles.Officer && by.UserId == officer.UserId),
            "Officers may take a case for themselves; only a supervisor assigns cases to others.");
        Require(AssignedTo?.OfficerId != officer.UserId, $"The case is already assigned to {officer.Name}.");
        Require(AssignedTo is null || by.Role == Roles.Supervisor, $"The case is assigned to {AssignedTo?.Name}; only a supervisor can reassign it.");
        Require(AssignedTo is null || !string.IsNullOrWhiteSpace(reason), "Say why the case is reassigned.");
        return [new CaseAssigned(Id, officer.UserId, officer.Name, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), by, now)];
    }

    private static void RequireReason(string? reason, string what) =>
        Require(!string.IsNullOrWhiteSpace(reason), $"Give the reason for {what}: it is part of the record.");

    private PhaseRule? PhaseRuleOf(ClockPhase phase, ClockRules clocks)
    {
        var rules = clocks.For(Regime);
        return phase switch
        {
            ClockPhase.Acceptance => rules.Acceptance,
            ClockPhase.DeclarationAssessment => rules.DeclarationAssessment,
            ClockPhase.Review => rules.Review,
            ClockPhase.Investigation => rules.Investigation,
            ClockPhase.InvestigationExtension => rules.InvestigationExtension,
            ClockPhase.WaitingPeriod => rules.WaitingPeriod,
            ClockPhase.ExtendedReview => rules.ExtendedReview,
            ClockPhase.RecommendationReply => rules.RecommendationReply,
            _ => null,
        };
    }
}
