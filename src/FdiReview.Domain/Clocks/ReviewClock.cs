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

    /// <summary>The note as template and facts, for either language (none on clocks stored before it).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Phrase? NoteWords { get; init; }

    /// <summary>A clock whose note is kept in words; the English note stays the API's.</summary>
    public static ReviewClock Noted(ClockPhase phase, DateOnly start, DateOnly due, DayCount unit, string citation, Phrase? note) =>
        new(phase, start, due, unit, citation, Note: note?.In(japanese: false)) { NoteWords = note };

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
            Note) { NoteWords = NoteWords };
    }
}

/// <summary>What a clock says at one instant.</summary>
public sealed record ClockReading(ClockPhase Phase, DateOnly Due, DateTimeOffset DueAt, int CalendarDaysLeft,
    int BusinessDaysLeft, bool CountsBusinessDays, bool Overdue, string Citation, string? Note = null)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Phrase? NoteWords { get; init; }

    /// <summary>The note in the reader's language.</summary>
    [JsonIgnore] public string? NoteSaid => NoteWords?.ToString() ?? Note;

    /// <summary>The figure the law counts in.</summary>
    public int DaysLeft => CountsBusinessDays ? BusinessDaysLeft : CalendarDaysLeft;
}
