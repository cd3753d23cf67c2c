namespace FdiReview.Domain.Clocks;

/// <summary>
/// Japan's administrative calendar: the national holidays of the Act on National Holidays (国民の祝日に関する法律,
/// as amended), computed by rule; substitute holidays (Art. 3(2)) and citizens' holidays (Art. 3(3));
/// the one-off holidays of special laws as data; and, for business days, weekends and the government's
/// year-end closure Dec 29 – Jan 3 (Act on Holidays of Administrative Organs, Art. 1).
/// </summary>
public sealed class JapanCalendar : IBusinessCalendar
{
    public static readonly JapanCalendar Instance = new();

    private readonly Dictionary<int, IReadOnlyList<Holiday>> _years = [];
    private readonly Lock _lock = new();

    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    /// <summary>Holidays set by special laws for one year only (2019 enthronement; 2020/2021 Olympic moves are in the rules).</summary>
    private static readonly Holiday[] SpecialLaws =
    [
        new(new DateOnly(2019, 5, 1), "Enthronement Day"),
        new(new DateOnly(2019, 10, 22), "Enthronement Ceremony Day"),
    ];

    public bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !IsYearEndClosure(date)
        && Holidays(date.Year).All(h => h.Date != date);

    /// <summary>行政機関の休日に関する法律 Art. 1: Saturdays, Sundays, national holidays and 29 Dec – 3 Jan.</summary>
    public Phrase WhyClosed(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? Phrase.Say("closed.jp", Phrase.Say($"weekday.{date.DayOfWeek}"))
        : IsYearEndClosure(date) ? Phrase.Say("closed.jp", Phrase.Say("closed.year-end"))
        : Holidays(date.Year).FirstOrDefault(h => h.Date == date) is { } holiday ? Phrase.Say("closed.jp", Phrase.Holiday(holiday.Name))
        : Phrase.Say("closed.working-day");

    public static bool IsYearEndClosure(DateOnly date) =>
        (date.Month == 12 && date.Day >= 29) || (date.Month == 1 && date.Day <= 3);

    public IReadOnlyList<Holiday> Holidays(int year)
    {
        lock (_lock)
        {
            if (!_years.TryGetValue(year, out var holidays)) _years[year] = holidays = Compute(year);
            return holidays;
        }
    }

    private static IReadOnlyList<Holiday> Compute(int year)
    {
        var national = NationalHolidays(year).Concat(SpecialLaws.Where(h => h.Date.Year == year))
            .OrderBy(h => h.Date).ToList();
        var dates = national.Select(h => h.Date).ToHashSet();
        var all = new List<Holiday>(national);

        // Art. 3(3): a day between two national holidays that is not itself one (not a Sunday before 2007).
        foreach (var h in national)
        {
            var between = h.Date.AddDays(1);
            if (dates.Contains(between.AddDays(1)) && !dates.Contains(between) && (year >= 2007 || between.DayOfWeek != DayOfWeek.Sunday))
                all.Add(new Holiday(between, "Citizens' Holiday"));
        }

        // Art. 3(2): a national holiday on a Sunday moves the rest day to the next day that is not a national holiday
        // (before 2007: to the Monday only).
        foreach (var h in national.Where(h => h.Date.DayOfWeek == DayOfWeek.Sunday))
        {
            var next = h.Date.AddDays(1);
            if (year >= 2007) while (dates.Contains(next)) next = next.AddDays(1);
            else if (dates.Contains(next)) continue;
            all.Add(new Holiday(next, $"Substitute Holiday ({h.Name})"));
        }
        return all.Where(h => h.Date.Year == year).DistinctBy(h => h.Date).OrderBy(h => h.Date).ToList();
    }

    private static IEnumerable<Holiday> NationalHolidays(int y)
    {
        Holiday On(int month, int day, string name) => new(new DateOnly(y, month, day), name);
        Holiday Monday(int month, int n, string name) => new(BusinessDays.NthWeekday(y, month, DayOfWeek.Monday, n), name);

        yield return On(1, 1, "New Year's Day");
        yield return Monday(1, 2, "Coming of Age Day");
        yield return On(2, 11, "National Foundation Day");
        if (y >= 2020) yield return On(2, 23, "Emperor's Birthday");
        yield return On(3, VernalEquinox(y), "Vernal Equinox Day");
        yield return y >= 2007 ? On(4, 29, "Showa Day") : On(4, 29, "Greenery Day");
        yield return On(5, 3, "Constitution Memorial Day");
        if (y >= 2007) yield return On(5, 4, "Greenery Day");
        yield return On(5, 5, "Children's Day");
        yield return y switch
        {
            2020 => On(7, 23, "Marine Day"),
            2021 => On(7, 22, "Marine Day"),
            >= 2003 => Monday(7, 3, "Marine Day"),
            _ => On(7, 20, "Marine Day"),
        };
        if (y >= 2016)
            yield return y switch { 2020 => On(8, 10, "Mountain Day"), 2021 => On(8, 8, "Mountain Day"), _ => On(8, 11, "Mountain Day") };
        yield return y >= 2003 ? Monday(9, 3, "Respect for the Aged Day") : On(9, 15, "Respect for the Aged Day");
        yield return On(9, AutumnalEquinox(y), "Autumnal Equinox Day");
        yield return y switch
        {
            2020 => On(7, 24, "Sports Day"),
            2021 => On(7, 23, "Sports Day"),
            >= 2020 => Monday(10, 2, "Sports Day"),
            _ => Monday(10, 2, "Health and Sports Day"),
        };
        yield return On(11, 3, "Culture Day");
        yield return On(11, 23, "Labor Thanksgiving Day");
        if (y <= 2018) yield return On(12, 23, "Emperor's Birthday");
    }

    /// <summary>The astronomical formula the Cabinet Office's announcements follow (valid 1980–2150).</summary>
    private static int VernalEquinox(int y) => Equinox(y, y <= 2099 ? 20.8431 : 21.8510);

    private static int AutumnalEquinox(int y) => Equinox(y, y <= 2099 ? 23.2488 : 24.2488);

    private static int Equinox(int y, double constant) =>
        (int)Math.Floor(constant + 0.242194 * (y - 1980) - Math.Floor((y - 1980) / 4.0));
}
