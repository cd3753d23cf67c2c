using FdiReview.Domain.Clocks;

namespace FdiReview.Domain.Tests.Clocks;

/// <summary>Where a deadline skips a holiday, the note names it in the reader's language (行政機関の休日に関する法律 Art. 2; 31 CFR 800.203).</summary>
public class HolidayWordsTests
{
    private static readonly PhaseRule TenDays = new(10, DayCount.Calendar, false, true, "FEFTA Art. 55-5; 行政機関の休日に関する法律 Art. 2");

    [Fact]
    public void A_deadline_moved_off_culture_day_names_it_in_japanese_and_english()
    {
        var (due, note) = TenDays.DeadlineFrom(new DateOnly(2026, 10, 24), JapanCalendar.Instance);

        due.ShouldBe(new DateOnly(2026, 11, 4));
        note!.In(japanese: true).ShouldBe("2026年11月3日は行政機関の休日（文化の日）のため、期限を繰り延べました。");
        note.In(japanese: false).ShouldBe("Moved from 2026-11-03, an administrative holiday (Culture Day).");
    }

    [Fact]
    public void A_substitute_holiday_and_the_year_end_closure_are_named_in_japanese()
    {
        JapanCalendar.Instance.WhyClosed(new DateOnly(2025, 5, 6)).In(japanese: true).ShouldBe("行政機関の休日（振替休日（みどりの日））");
        JapanCalendar.Instance.WhyClosed(new DateOnly(2026, 12, 30)).In(japanese: true).ShouldBe("行政機関の休日（年末年始の休日、12月29日から1月3日まで）");
    }

    [Fact]
    public void Every_holiday_either_calendar_names_has_a_japanese_name()
    {
        IBusinessCalendar[] calendars = [JapanCalendar.Instance, UnitedStatesCalendar.Instance];
        var names = calendars.SelectMany(c => Enumerable.Range(2000, 28).SelectMany(c.Holidays)).Select(h => Phrase.Holiday(h.Name).In(japanese: true));
        names.ShouldAllBe(name => !System.Text.RegularExpressions.Regex.IsMatch(name, "[A-Za-z]"));
    }
}
