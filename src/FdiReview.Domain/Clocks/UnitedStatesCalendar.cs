namespace FdiReview.Domain.Clocks;

/// <summary>
/// The U.S. federal calendar of 31 CFR 800.203: Monday to Friday except the legal public holidays of
/// 5 U.S.C. 6103 on their observed dates (Saturday → the Friday before, Sunday → the Monday after; so
/// New Year's Day on a Saturday closes offices on Dec 31 of the year before) and the one-off closures
/// declared by executive order, which are data.
/// </summary>
public sealed class UnitedStatesCalendar : IBusinessCalendar
{
    public static readonly UnitedStatesCalendar Instance = new();

    /// <summary>Executive-order closures of federal offices (Christmas Eves, days of mourning): data, not rules.</summary>
    public static readonly IReadOnlyList<Holiday> ExecutiveOrderClosures =
    [
        new(new DateOnly(2001, 12, 24), "Christmas Eve (Executive Order)"),
        new(new DateOnly(2004, 6, 11), "National Day of Mourning for President Reagan"),
        new(new DateOnly(2007, 1, 2), "National Day of Mourning for President Ford"),
        new(new DateOnly(2007, 12, 24), "Christmas Eve (Executive Order)"),
        new(new DateOnly(2008, 12, 26), "Day after Christmas (Executive Order)"),
        new(new DateOnly(2012, 12, 24), "Christmas Eve (Executive Order)"),
        new(new DateOnly(2014, 12, 26), "Day after Christmas (Executive Order)"),
        new(new DateOnly(2015, 12, 24), "Christmas Eve (Executive Order)"),
        new(new DateOnly(2018, 12, 5), "National Day of Mourning for President George H. W. Bush"),
        new(new DateOnly(2018, 12, 24), "Christmas Eve (Executive Order)"),
        new(new DateOnly(2019, 12, 24), "Christmas Eve (Executive Order)"),
        new(new DateOnly(2020, 12, 24), "Christmas Eve (Executive Order)"),
        new(new DateOnly(2024, 12, 24), "Christmas Eve (Executive Order)"),
        new(new DateOnly(2025, 1, 9), "National Day of Mourning for President Carter"),
    ];

    private readonly Dictionary<int, IReadOnlyList<(DateOnly Legal, Holiday Observed)>> _years = [];
    private readonly Lock _lock = new();

    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !ExecutiveOrderClosures.Any(c => c.Date == date)
        && !ObservedIn(date.Year).Concat(ObservedIn(date.Year + 1)).Any(h => h.Observed.Date == date);

    public Phrase WhyClosed(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? Phrase.Say("closed.us-weekend", Phrase.Say($"weekday.{date.DayOfWeek}"))
        : ExecutiveOrderClosures.FirstOrDefault(c => c.Date == date) is { } closure ? Phrase.Say("closed.us", Phrase.Holiday(closure.Name))
        : ObservedIn(date.Year).Concat(ObservedIn(date.Year + 1)).Select(h => h.Observed).FirstOrDefault(h => h.Date == date) is { } holiday
            ? Phrase.Say("closed.us", Phrase.Holiday(holiday.Name))
        : Phrase.Say("closed.business-day");

    /// <summary>The legal public holidays of a year, each on the date offices close for it (which can fall in the year before).</summary>
    public IReadOnlyList<Holiday> Holidays(int year) => ObservedIn(year).Select(h => h.Observed).ToList();

    /// <summary>Each legal public holiday of a year with its legal date and its observed closure.</summary>
    public IReadOnlyList<(DateOnly Legal, Holiday Observed)> ObservedIn(int year)
    {
        lock (_lock)
        {
            if (!_years.TryGetValue(year, out var list))
                _years[year] = list = Legal(year)
                    .Select(h => (h.Date, new Holiday(Observed(h.Date), h.Name)))
                    .OrderBy(h => h.Item2.Date).ToList();
            return list;
        }
    }

    private static DateOnly Observed(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static IEnumerable<Holiday> Legal(int y)
    {
        Holiday On(int month, int day, string name) => new(new DateOnly(y, month, day), name);
        Holiday Nth(int month, DayOfWeek weekday, int n, string name) => new(BusinessDays.NthWeekday(y, month, weekday, n), name);

        yield return On(1, 1, "New Year's Day");
        if (y >= 1986) yield return Nth(1, DayOfWeek.Monday, 3, "Birthday of Martin Luther King, Jr.");
        yield return Nth(2, DayOfWeek.Monday, 3, "Washington's Birthday");
        yield return new Holiday(BusinessDays.LastWeekday(y, 5, DayOfWeek.Monday), "Memorial Day");
        if (y >= 2021) yield return On(6, 19, "Juneteenth National Independence Day");
        yield return On(7, 4, "Independence Day");
        yield return Nth(9, DayOfWeek.Monday, 1, "Labor Day");
        yield return Nth(10, DayOfWeek.Monday, 2, "Columbus Day");
        yield return On(11, 11, "Veterans Day");
        yield return Nth(11, DayOfWeek.Thursday, 4, "Thanksgiving Day");
        yield return On(12, 25, "Christmas Day");
    }
}
