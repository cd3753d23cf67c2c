using System.Globalization;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain;

/// <summary>
/// One convention for times people read: a case's moments in its regime's local time with the zone shown — Japan
/// Standard Time for FEFTA, US Eastern for FIRRMA — the same clock its deadlines are counted on. English reads
/// 2026-12-02 09:30 JST; Japanese reads 2026年12月2日 09:30 JST.
/// </summary>
public static class RegimeTime
{
    public static string Of(DateTimeOffset at, Regime? regime, bool seconds = false)
    {
        var local = TimeZoneInfo.ConvertTime(at, ClockRules.CalendarFor(regime).TimeZone);
        return Day(DateOnly.FromDateTime(local.DateTime)) + " " +
               local.ToString(seconds ? "HH:mm:ss" : "HH:mm", CultureInfo.InvariantCulture) + " " + Zone(regime, local);
    }

    /// <summary>The date of a moment in the regime's calendar.</summary>
    public static string DateOf(DateTimeOffset at, Regime? regime) =>
        Day(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, ClockRules.CalendarFor(regime).TimeZone).DateTime));

    /// <summary>A day as the reader writes it: 2026-12-02, or 2026年12月2日.</summary>
    public static string Day(DateOnly day) =>
        Glossary.InJapanese ? JapaneseDay(day) : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>2026年12月2日, or 令和8年12月2日 for a reader who chose the era (令和元年 for its first year).</summary>
    public static string JapaneseDay(DateOnly day) => InEra
        ? day.ToString("ggy'年'M'月'd'日'", Era.Value)
        : day.ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture);

    /// <summary>The name of the formatting culture of a reader who chose dates in the era.</summary>
    public const string EraCulture = "ja-JP-u-ca-japanese";

    /// <summary>The reader chose dates in the era (their formatting culture is <see cref="EraCulture"/>).</summary>
    public static bool InEra => CultureInfo.CurrentCulture.Name == EraCulture;

    private static readonly Lazy<CultureInfo> Era = new(() =>
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ja-JP").Clone();
        culture.DateTimeFormat.Calendar = new JapaneseCalendar();
        return CultureInfo.ReadOnly(culture);
    });

    /// <summary>A day written out: 2 March 2027, or 2027年3月2日.</summary>
    public static string LongDay(DateOnly day) =>
        Glossary.InJapanese ? Day(day) : day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A day heading a list: Wednesday 2 December 2026, or 2026年12月2日（水）.</summary>
    public static string Weekday(DateOnly day) =>
        Glossary.InJapanese ? Day(day) + day.ToString("'（'ddd'）'", CultureInfo.GetCultureInfo("ja")) : day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The zone a column of the regime's times is in, for its heading.</summary>
    public static string ZoneName(Regime? regime) => regime == Regime.Fefta ? "JST" : Glossary.InJapanese ? "米国東部時間" : "US Eastern";

    private static string Zone(Regime? regime, DateTimeOffset local) =>
        regime == Regime.Fefta ? "JST" : ClockRules.CalendarFor(regime).TimeZone.IsDaylightSavingTime(local) ? "EDT" : "EST";
}
