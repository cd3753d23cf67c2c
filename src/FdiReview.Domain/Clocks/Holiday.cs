namespace FdiReview.Domain.Clocks;

/// <summary>A day an agency's offices are closed by law, with the name the law gives it.</summary>
public sealed record Holiday(DateOnly Date, string Name);

/// <summary>The days on which a regime's deadlines are counted.</summary>
public interface IBusinessCalendar
{
    /// <summary>Where the law's days begin and end.</summary>
    TimeZoneInfo TimeZone { get; }
    bool IsBusinessDay(DateOnly date);
    /// <summary>The public holidays of a year, in date order, as the agency publishes them.</summary>
    IReadOnlyList<Holiday> Holidays(int year);

    /// <summary>Why the offices are closed on a day, in words ("an administrative holiday (Saturday)" / 「行政機関の休日（土曜日）」).</summary>
    Phrase WhyClosed(DateOnly date);
}

public static class BusinessDays
{
    /// <summary>The first business day on or after a date: the law's "next business day" roll-forward.</summary>
    public static DateOnly OnOrAfter(this IBusinessCalendar calendar, DateOnly date)
    {
        while (!calendar.IsBusinessDay(date)) date = date.AddDays(1);
        return date;
    }

    /// <summary>The business day that is <paramref name="days"/> business days after a date (0: the date itself, rolled forward).</summary>
    public static DateOnly AddBusinessDays(this IBusinessCalendar calendar, DateOnly date, int days)
    {
        if (days == 0) return calendar.OnOrAfter(date);
        var day = date;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (calendar.IsBusinessDay(day)) counted++;
        }
        return day;
    }

    /// <summary>Business days strictly after <paramref name="from"/> up to and including <paramref name="to"/>; negative when to is earlier.</summary>
    public static int BusinessDaysBetween(this IBusinessCalendar calendar, DateOnly from, DateOnly to)
    {
        if (to < from) return -calendar.BusinessDaysBetween(to, from);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (calendar.IsBusinessDay(day)) count++;
        return count;
    }

    public static DateOnly Today(this IBusinessCalendar calendar, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, calendar.TimeZone).DateTime);

    /// <summary>The last instant of a day in the calendar's time zone (as UTC): a deadline "on" a day runs until then.</summary>
    public static DateTimeOffset EndOf(this IBusinessCalendar calendar, DateOnly date)
    {
        var local = date.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var offset = calendar.TimeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).AddTicks(-1).ToUniversalTime();
    }

    internal static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var shift = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(shift + 7 * (n - 1));
    }

    internal static DateOnly LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
    }
}
