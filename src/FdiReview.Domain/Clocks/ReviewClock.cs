using System.Text.Json.Serialization;

namespace FdiReview.Domain.Clocks;

/// <summary>
/// One running statutory period of a case: which phase, when it started, the day it ends (after tolling
/// and roll-forward), and how it counts. Reads "days left", "due at" and "overdue" for any instant. <c>Note</c> says
/// why a day is not the obvious one (a receipt after the cut-off, a last day moved off a holiday).
/// </summary>
public sealed record ReviewClock(ClockPhase Phase, DateOnly Start, DateOnly Due, DayCount Unit, string Citation, int TolledDays = 0, bool Elapsed = false,
    string? Note = null)
{
    /// <summary>A key that changes whenever the deadline moves, so a stale scheduled deadline knows to do nothing.</summary>
    [JsonIgnore] public string Key => $"{Phase}:{Due:yyyy-MM-dd}";

    public ClockReading Read(DateTimeOffset now, IBusinessCalendar calendar)
    {
        var today = calendar.Today(now);
        var dueAt = calendar.EndOf(Due);
        return new ClockReading(Phase, Due, dueAt,
            CalendarDaysLeft: Due.DayNumber - today.DayNumber,
            BusinessDaysLeft: calendar.BusinessDaysBetween(today, Due),
            CountsBusinessDays: Unit == DayCount.Business,
            Overdue: now > dueAt,
            Citation,
            Note);
    }
}

/// <summary>What a clock says at one instant.</summary>
public sealed record ClockReading(ClockPhase Phase, DateOnly Due, DateTimeOffset DueAt, int CalendarDaysLeft,
    int BusinessDaysLeft, bool CountsBusinessDays, bool Overdue, string Citation, string? Note = null)
{
    /// <summary>The figure the law counts in.</summary>
    public int DaysLeft => CountsBusinessDays ? BusinessDaysLeft : CalendarDaysLeft;
}
