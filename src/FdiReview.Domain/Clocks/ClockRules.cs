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
        InformationRequest = new(3, DayCount.Business, false, false, "31 CFR 800.504(a)(3) (follow-up information within 3 business days)"),
        TollsDuringInformationRequests = false,
    };

    public RegimeClock Fefta { get; init; } = new()
    {
        Acceptance = new(5, DayCount.Business, false, false, "Agency practice: acceptance of a complete notification"),
        WaitingPeriod = new(30, DayCount.Calendar, true, false, "FEFTA Art. 27(2) (30 days counted from acceptance; roll-forward U)"),
        ExtendedReview = new(4, DayCount.Months, true, false, "FEFTA Art. 27(3) (up to 4 months from acceptance)"),
        RecommendationReview = new(5, DayCount.Months, true, false, "FEFTA Art. 27 (up to 5 months where a recommendation is made)"),
        RecommendationReply = new(10, DayCount.Calendar, true, false, "FEFTA Art. 27(7): reply to a recommendation, commonly 10 days"),
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
    /// <summary>Whether an open information request stops the clock (CFIUS: no, 800.604 tolls only for a lapse in appropriations).</summary>
    public bool TollsDuringInformationRequests { get; init; }
}
