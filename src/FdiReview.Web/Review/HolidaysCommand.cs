using FdiReview.Domain.Clocks;

namespace FdiReview.Web.Review;

/// <summary>
/// <c>holidays jp|us YEAR</c>: the year's public holidays as CSV <c>date,name</c>, in date order — Japan's
/// national, substitute and citizens' holidays; the U.S. legal public holidays on their observed dates.
/// </summary>
public static class HolidaysCommand
{
    public static bool Matches(string[] args) => args is ["holidays", ..];

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        if (args is not ["holidays", var country, var yearText] || !int.TryParse(yearText, out var year) || year is < 1 or > 9998)
        {
            stderr.WriteLine("Usage: holidays jp|us YEAR   (e.g. holidays jp 2030)");
            return 2;
        }
        IBusinessCalendar? calendar = country.ToLowerInvariant() switch
        {
            "jp" => JapanCalendar.Instance,
            "us" => UnitedStatesCalendar.Instance,
            _ => null,
        };
        if (calendar is null)
        {
            stderr.WriteLine($"Unknown calendar \"{country}\": use jp or us.");
            return 2;
        }
        stdout.WriteLine("date,name");
        foreach (var holiday in calendar.Holidays(year))
            stdout.WriteLine($"{holiday.Date:yyyy-MM-dd},{Csv(holiday.Name)}");
        return 0;
    }

    private static string Csv(string value) => value.Contains(',') || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
