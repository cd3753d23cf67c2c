using System.Text.Json.Serialization;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Clocks;

[JsonConverter(typeof(KebabCaseEnum<ClockPhase>))]
public enum ClockPhase
{
    Acceptance, DeclarationAssessment, Review, Investigation, InvestigationExtension,
    WaitingPeriod, ExtendedReview, RecommendationReply, InformationRequest,
}

[JsonConverter(typeof(KebabCaseEnum<DayCount>))]
public enum DayCount { Calendar, Business, Months }

/// <summary>
/// How the law counts one phase: its length and unit, whether the start day is day 1 (FEFTA's 起算) or the
/// count starts the day after (CFIUS's "the 45th day after"), and whether an end on a non-business day moves
/// to the next business day.
/// </summary>
public sealed record PhaseRule(int Length, DayCount Unit, bool StartDayCounts, bool RollForward, string Citation)
{
    public DateOnly DueFrom(DateOnly start, IBusinessCalendar calendar, int tolledDays = 0)
    {
        var due = Unit switch
        {
            DayCount.Business => calendar.AddBusinessDays(start, Length + tolledDays),
            DayCount.Months => start.AddMonths(Length).AddDays((StartDayCounts ? -1 : 0) + tolledDays),
            _ => start.AddDays(Length + (StartDayCounts ? -1 : 0) + tolledDays),
        };
        return RollForward ? calendar.OnOrAfter(due) : due;
    }

    /// <summary>The due day, and where a roll-forward moved it, from which day and why.</summary>
    public (DateOnly Due, Phrase? Note) DeadlineFrom(DateOnly start, IBusinessCalendar calendar)
    {
        var due = DueFrom(start, calendar);
        var unrolled = (this with { RollForward = false }).DueFrom(start, calendar);
        return due == unrolled ? (due, null) : (due, Phrase.Say("clock.moved", Phrase.Day(unrolled), calendar.WhyClosed(unrolled)));
    }
}

/// <summary>
/// The statutory periods per regime (fdi-rules §4, US-19/20, JP-5). Items marked (U) rest on unconfirmed
/// facts and are configuration (section <c>Clocks</c>) with these defaults.
/// </summary>
public sealed record ClockRules
{
    public static readonly ClockRules Default = new();

    public RegimeClock Firrma { get; init; } = new()
    {
        Acceptance = new(10, DayCount.Business, false, false, "31 CFR 800.501(i) (comments or acceptance within 10 business days)"),
        DeclarationAssessment = new(30, DayCount.Calendar, false, true, "31 CFR 800.405(b)"),
        Review = new(45, DayCount.Calendar, false, true, "31 CFR 800.503(b)"),
        Investigation = new(45, DayCount.Calendar, false, true, "31 CFR 800.508(a)"),
        InvestigationExtension = new(15, DayCount.Calendar, false, true, "31 CFR 800.508(c); FIRRMA §1709"),
        InformationRequest = new(3, DayCount.Business, false, false, "31 CFR 800.504(a)(3) (follow-up information on a notice within 3 business days)"),
        DeclarationInformationRequest = new(2, DayCount.Business, false, false, "31 CFR 800.406(a)(3) (follow-up information on a declaration within 2 business days)"),
        TollsDuringInformationRequests = false,
        ReceiptCutOff = new TimeOnly(17, 0),
    };

    public RegimeClock Fefta { get; init; } = new()
    {
        Acceptance = new(5, DayCount.Business, false, false, "Agency practice: acceptance of a complete notification"),
        WaitingPeriod = new(30, DayCount.Calendar, true, false, "FEFTA Art. 27(2) (30 days counted from acceptance; roll-forward U)"),
        ExtendedReview = new(4, DayCount.Months, true, false, "FEFTA Art. 27(3) (up to 4 months from acceptance)"),
        RecommendationReview = new(5, DayCount.Months, true, false, "FEFTA Art. 27 (up to 5 months where a recommendation is made)"),
        RecommendationReply = new(10, DayCount.Calendar, true, true,
            "FEFTA Art. 27(7): reply to a recommendation, commonly 10 days; a last day on an administrative holiday moves to the next working day (行政機関の休日に関する法律 Art. 2)"),

        InformationRequest = new(5, DayCount.Business, false, false, "Agency practice: reply to a question"),
        TollsDuringInformationRequests = false,
    };

    public RegimeClock For(Regime? regime) => regime == Regime.Fefta ? Fefta : Firrma;

    public static IBusinessCalendar CalendarFor(Regime? regime) =>
        regime == Regime.Fefta ? JapanCalendar.Instance : UnitedStatesCalendar.Instance;
}

public sealed record RegimeClock
{
    public required PhaseRule Acceptance { get; init; }
    public PhaseRule? DeclarationAssessment { get; init; }
    public PhaseRule? Review { get; init; }
    public PhaseRule? Investigation { get; init; }
    public PhaseRule? InvestigationExtension { get; init; }
    public PhaseRule? WaitingPeriod { get; init; }
    public PhaseRule? ExtendedReview { get; init; }
    public PhaseRule? RecommendationReview { get; init; }
    public PhaseRule? RecommendationReply { get; init; }
    public required PhaseRule InformationRequest { get; init; }
    /// <summary>CFIUS declarations: follow-up answers are due sooner than for notices (N1).</summary>
    public PhaseRule? DeclarationInformationRequest { get; init; }
    /// <summary>Whether an open information request stops the clock (CFIUS: no, 800.604 tolls only for a lapse in appropriations).</summary>
    public bool TollsDuringInformationRequests { get; init; }
    /// <summary>
    /// CFIUS (800.203, N2): a submission received after this local time, or on a day that is not a business day, counts
    /// as received on the next business day, for the clocks that start from receipt. None: the day it arrives.
    /// </summary>
    public TimeOnly? ReceiptCutOff { get; init; }

    /// <summary>The follow-up period for a form of filing.</summary>
    public PhaseRule InformationRequestFor(Notifications.SubmissionKind kind) =>
        kind == Notifications.SubmissionKind.Declaration && DeclarationInformationRequest is { } declaration ? declaration : InformationRequest;

    /// <summary>The day a submission arriving at this instant counts as received, and why when that is not the day it arrived.</summary>
    public (DateOnly Day, Phrase? Note) ReceivedOn(DateTimeOffset instant, IBusinessCalendar calendar)
    {
        var local = TimeZoneInfo.ConvertTime(instant, calendar.TimeZone);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (ReceiptCutOff is not { } cutOff) return (day, null);
        if (!calendar.IsBusinessDay(day))
        {
            var next = calendar.OnOrAfter(day);
            return (next, Phrase.Say("clock.received-on-closed-day", Phrase.Day(day), Phrase.Day(next)));
        }
        if (TimeOnly.FromDateTime(local.DateTime) <= cutOff) return (day, null);
        var following = calendar.AddBusinessDays(day, 1);
        return (following, Phrase.Say("clock.received-after-cut-off", Phrase.Time(cutOff), Phrase.Day(day), Phrase.Day(following)));
    }
}
