using System.Globalization;

namespace FdiReview.Domain.Tests.Words;

/// <summary>Japanese readers may read dates in the era (元号法; 令和 from 1 May 2019, its first year 元年) or with Western years.</summary>
public class EraTests
{
    private static string In(string culture, Func<string> read)
    {
        var (c, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (CultureInfo.GetCultureInfo(culture), CultureInfo.GetCultureInfo("ja"));
        try { return read(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (c, ui); }
    }

    [Fact]
    public void The_era_reads_reiwa_with_its_first_year_as_gannen()
    {
        In(RegimeTime.EraCulture, () => RegimeTime.Day(new DateOnly(2026, 12, 2))).ShouldBe("令和8年12月2日");
        In(RegimeTime.EraCulture, () => RegimeTime.Day(new DateOnly(2019, 5, 1))).ShouldBe("令和元年5月1日");
        In(RegimeTime.EraCulture, () => RegimeTime.Day(new DateOnly(2019, 4, 30))).ShouldBe("平成31年4月30日");
        In(RegimeTime.EraCulture, () => Phrase.Day(new DateOnly(2026, 11, 3)).In(japanese: true)).ShouldBe("令和8年11月3日");
    }

    [Fact]
    public void Without_the_choice_Japanese_dates_keep_the_Western_year_even_for_a_browser_in_ja_JP()
    {
        In("ja-JP", () => RegimeTime.Day(new DateOnly(2026, 12, 2))).ShouldBe("2026年12月2日");
        In("ja", () => RegimeTime.Weekday(new DateOnly(2026, 12, 2))).ShouldBe("2026年12月2日（水）");
    }
}
