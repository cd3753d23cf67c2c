using FdiReview.Domain.Clocks;

namespace FdiReview.Domain.Tests.Clocks;

/// <summary>
/// The calendars compute holidays by rule; these tests check them against the reference lists of
/// domain/calendars (Cabinet Office syukujitsu.csv; 5 U.S.C. 6103 with observed dates) for every year they cover.
/// </summary>
public class CalendarReferenceTests
{
    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Clocks", "Reference", file)).Skip(1).Select(SplitCsv);

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields.ToArray();
    }

    public static TheoryData<int> Years() => new(Enumerable.Range(2000, 28));

    [Theory]
    [MemberData(nameof(Years))]
    public void Japan_Act_on_National_Holidays_matches_the_Cabinet_Office_list(int year)
    {
        var expected = Rows("jp-holidays-2000-2027.csv").Where(r => r[0].StartsWith($"{year}-"))
            .Select(r => $"{r[0]} {r[2]}").ToList();
        var actual = JapanCalendar.Instance.Holidays(year).Select(h => $"{h.Date:yyyy-MM-dd} {h.Name}").ToList();
        actual.ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void US_5_USC_6103_matches_the_reference_list_with_observed_dates(int year)
    {
        var expected = Rows("us-federal-holidays-2000-2027.csv").Where(r => r[0].StartsWith($"{year}-"))
            .Select(r => $"{r[2]} {r[1]}").Order().ToList();
        var actual = UnitedStatesCalendar.Instance.Holidays(year).Select(h => $"{h.Date:yyyy-MM-dd} {h.Name}").Order().ToList();
        actual.ShouldBe(expected);
    }

    [Fact]
    public void Japan_2020_and_2021_Olympic_moves_are_holidays_and_the_usual_dates_are_not()
    {
        var calendar = JapanCalendar.Instance;
        calendar.IsBusinessDay(new DateOnly(2020, 7, 24)).ShouldBeFalse();
        calendar.IsBusinessDay(new DateOnly(2020, 10, 12)).ShouldBeTrue();
        calendar.IsBusinessDay(new DateOnly(2021, 8, 9)).ShouldBeFalse();
        calendar.IsBusinessDay(new DateOnly(2021, 7, 19)).ShouldBeTrue();
    }

    [Fact]
    public void Japan_the_year_end_closure_Dec_29_to_Jan_3_is_not_a_business_day()
    {
        var calendar = JapanCalendar.Instance;
        calendar.IsBusinessDay(new DateOnly(2030, 12, 27)).ShouldBeTrue();
        foreach (var day in new[] { new DateOnly(2030, 12, 30), new DateOnly(2030, 12, 31), new DateOnly(2031, 1, 2), new DateOnly(2031, 1, 3) })
            calendar.IsBusinessDay(day).ShouldBeFalse(day.ToString());
        calendar.Holidays(2030).ShouldNotContain(h => h.Date.Month == 12 && h.Date.Day == 30);
    }

    [Fact]
    public void The_rules_hold_for_later_years_2032_citizens_holiday_and_2033_new_year_observed_in_2032()
    {
        // 2032: Respect for the Aged Day Mon 20 Sep, Autumnal Equinox Wed 22 Sep → citizens' holiday Tue 21 Sep.
        JapanCalendar.Instance.Holidays(2032).ShouldContain(new Holiday(new DateOnly(2032, 9, 21), "Citizens' Holiday"));
        // 2033-01-01 is a Saturday: federal offices close on Friday 31 Dec 2032.
        UnitedStatesCalendar.Instance.Holidays(2033)[0].ShouldBe(new Holiday(new DateOnly(2032, 12, 31), "New Year's Day"));
        UnitedStatesCalendar.Instance.IsBusinessDay(new DateOnly(2032, 12, 31)).ShouldBeFalse();
    }

    [Fact]
    public void Every_year_to_2100_has_the_statutory_number_of_holidays()
    {
        for (var year = 2000; year <= 2100; year++)
        {
            UnitedStatesCalendar.Instance.Holidays(year).Count.ShouldBe(year >= 2021 ? 11 : 10);
            var japan = JapanCalendar.Instance.Holidays(year);
            japan.Count(h => !h.Name.StartsWith("Substitute") && h.Name != "Citizens' Holiday").ShouldBeInRange(14, 17);
            japan.ShouldAllBe(h => h.Date.Year == year);
        }
    }
}
