using System.Globalization;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain;

/// <summary>
/// One convention for times people read: a case's moments in its regime's local time with the zone shown — Japan
/// Standard Time for FEFTA, US Eastern for FIRRMA — the same clock its deadlines are counted on.
/// </summary>
public static class RegimeTime
{
    public static string Of(DateTimeOffset at, Regime? regime, bool seconds = false)
    {
        var local = TimeZoneInfo.ConvertTime(at, ClockRules.CalendarFor(regime).TimeZone);
        return local.ToString(seconds ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + Zone(regime, local);
    }

    /// <summary>The date of a moment in the regime's calendar.</summary>
    public static string DateOf(DateTimeOffset at, Regime? regime) =>
        TimeZoneInfo.ConvertTime(at, ClockRules.CalendarFor(regime).TimeZone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The zone a column of the regime's times is in, for its heading.</summary>
    public static string ZoneName(Regime? regime) => regime == Regime.Fefta ? "JST" : "US Eastern";

    private static string Zone(Regime? regime, DateTimeOffset local) =>
        regime == Regime.Fefta ? "JST" : ClockRules.CalendarFor(regime).TimeZone.IsDaylightSavingTime(local) ? "EDT" : "EST";
}
