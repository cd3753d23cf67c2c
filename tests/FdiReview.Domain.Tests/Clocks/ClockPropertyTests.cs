using CsCheck;
using FdiReview.Domain.Clocks;

namespace FdiReview.Domain.Tests.Clocks;

/// <summary>Invariants of the statutory clocks over generated dates and periods (fdi-rules §4).</summary>
public class ClockPropertyTests
{
    private static readonly Gen<DateOnly> Dates = Gen.Int[new DateOnly(2000, 1, 1).DayNumber, new DateOnly(2099, 12, 1).DayNumber].Select(DateOnly.FromDayNumber);
    private static readonly Gen<IBusinessCalendar> Calendars = Gen.OneOf<IBusinessCalendar>(JapanCalendar.Instance, UnitedStatesCalendar.Instance);
    private static readonly Gen<PhaseRule> Rules =
        from length in Gen.Int[0, 60]
        from unit in Gen.OneOf(DayCount.Calendar, DayCount.Business)
        from startCounts in Gen.Bool
        select new PhaseRule(length, unit, startCounts, RollForward: true, "test");

    [Fact]
    public void A_due_date_that_rolls_forward_is_never_a_non_business_day()
    {
        Gen.Select(Dates, Calendars, Rules).Sample((start, calendar, rule) => calendar.IsBusinessDay(rule.DueFrom(start, calendar)));
    }

    [Fact]
    public void Tolling_never_shortens_a_period()
    {
        Gen.Select(Dates, Calendars, Rules, Gen.Int[0, 30]).Sample((start, calendar, rule, tolled) =>
            rule.DueFrom(start, calendar, tolled) >= rule.DueFrom(start, calendar));
    }

    [Fact]
    public void Adding_zero_business_days_to_a_business_day_is_identity()
    {
        Gen.Select(Dates, Calendars).Where(t => t.Item2.IsBusinessDay(t.Item1))
            .Sample((date, calendar) => calendar.AddBusinessDays(date, 0) == date);
    }

    [Fact]
    public void Business_days_between_a_date_and_n_business_days_later_is_n()
    {
        Gen.Select(Dates, Calendars, Gen.Int[0, 40]).Sample((date, calendar, n) =>
            calendar.BusinessDaysBetween(date, calendar.AddBusinessDays(date, n)) == n || !calendar.IsBusinessDay(date) && n == 0);
    }
}
