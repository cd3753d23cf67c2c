using System.Globalization;
using System.Text;
using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using Marten;
using Microsoft.AspNetCore.Authorization;
using FdiReview.Web.Identity;
using Wolverine.Http;

namespace FdiReview.Web.Statistics;

/// <summary>The figures of an agency's annual report for the notifications filed in one year.</summary>
public sealed record AnnualStatistics(
    int Year,
    int Filings,
    IReadOnlyDictionary<string, int> ByRegime,
    IReadOnlyDictionary<string, int> BySector,
    IReadOnlyDictionary<string, int> ByInvestorCountry,
    IReadOnlyList<int> ByMonth,
    double StateOwnedShare,
    IReadOnlyDictionary<string, int> Outcomes,
    double NoticesTakenToInvestigationShare,
    double? MedianReviewDays,
    double? P90ReviewDays,
    int MitigationInForce)
{
    public static async Task<AnnualStatistics> For(IQuerySession session, int year, CancellationToken cancellation = default)
    {
        var cases = await session.Query<CaseStatistic>().Where(c => c.YearFiled == year).ToListAsync(cancellation);
        var notices = cases.Where(c => c.Kind != SubmissionKind.Declaration).ToList();
        var days = cases.Select(c => c.ReviewDays).OfType<int>().Order().ToList();
        var outcomes = cases.Where(c => c.Outcome is not null)
            .GroupBy(c => c.WithdrawnAndRefiled ? "withdrawn-and-refiled" : Kebab(c.Outcome!.Value))
            .ToDictionary(g => g.Key, g => g.Count());
        return new AnnualStatistics(year, cases.Count,
            Count(cases, c => c.Regime == Regime.Fefta ? "FEFTA" : "FIRRMA"),
            Count(cases, c => c.Sector),
            Count(cases, c => c.InvestorCountry),
            Enumerable.Range(1, 12).Select(m => cases.Count(c => c.MonthFiled == m)).ToList(),
            Share(cases.Count(c => c.StateOwned), cases.Count),
            outcomes,
            Share(notices.Count(c => c.Investigated), notices.Count),
            Percentile(days, 0.5), Percentile(days, 0.9),
            cases.Count(c => c.Outcome == CaseOutcome.ClearedWithMitigation));
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double? Percentile(IReadOnlyList<int> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);

    private static IReadOnlyDictionary<string, int> Count(IEnumerable<CaseStatistic> cases, Func<CaseStatistic, string> key) =>
        cases.GroupBy(key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());

    private static string Kebab(CaseOutcome outcome) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(outcome.ToString());

    /// <summary>An outcome key of <see cref="Outcomes"/> (the API's spelling) as people read it.</summary>
    public static string OutcomeWords(string key) =>
        key == "withdrawn-and-refiled" ? "Withdrawn and refiled"
        : Enum.GetValues<CaseOutcome>().FirstOrDefault(o => Kebab(o) == key) is var outcome && Kebab(outcome) == key ? outcome.Describe() : key;

    /// <summary>
    /// The same figures as CSV, for the annual report's tables: a heading row, then one row per figure, every section
    /// and item in words (outcomes and countries by name), the numbers as the API gives them.
    /// </summary>
    public string ToCsv()
    {
        var csv = new StringBuilder("Section,Item,Value\n");
        void Line(string section, string key, object? value) =>
            csv.Append(section).Append(',').Append(Quote(key)).Append(',').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
        Line("Total", "Filings", Filings);
        foreach (var (k, v) in ByRegime) Line("Regime", k, v);
        foreach (var (k, v) in BySector) Line("Sector", k, v);
        foreach (var (k, v) in ByInvestorCountry) Line("Investor country", Countries.Name(k), v);
        for (var m = 0; m < 12; m++) Line("Month filed", $"{Year}-{m + 1:00}", ByMonth[m]);
        Line("Share", "State-owned investors", StateOwnedShare);
        foreach (var (k, v) in Outcomes) Line("Outcome", OutcomeWords(k), v);
        Line("Share", "Notices taken to investigation", NoticesTakenToInvestigationShare);
        Line("Review days", "Median", MedianReviewDays);
        Line("Review days", "90th percentile", P90ReviewDays);
        Line("Mitigation", "Agreements in force", MitigationInForce);
        return csv.ToString();
    }

    private static string Quote(string value) => value.Contains(',') || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}

public static class StatisticsEndpoints
{

    [WolverineGet("/api/statistics/{year}"), Authorize(Policy = Policies.AgencyReaders)]
    public static Task<AnnualStatistics> Get(int year, IQuerySession session) => AnnualStatistics.For(session, year);

    [WolverineGet("/api/statistics/{year}/csv"), Authorize(Policy = Policies.AgencyReaders)]
    public static async Task<IResult> Csv(int year, IQuerySession session) =>
        Results.File(Encoding.UTF8.GetBytes((await AnnualStatistics.For(session, year)).ToCsv()), "text/csv", $"fdireview-statistics-{year}.csv");
}
