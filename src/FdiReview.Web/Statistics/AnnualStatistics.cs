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

/// <summary>
/// The figures of an agency's annual report for the notifications filed in one year. Review time is counted as the
/// published figures count it (N7): in the regime's business days, FEFTA from acceptance, FIRRMA from the start of the
/// review; per regime, median, mean and 90th percentile. A withdraw-and-refile is one transaction.
/// </summary>
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
    int MitigationInForce,
    IReadOnlyDictionary<string, ReviewTime> ReviewBusinessDays,
    IReadOnlyDictionary<string, int> ByUltimateParentCountry,
    int Transactions,
    IReadOnlyDictionary<string, int> TransactionsByRegime,
    IReadOnlyDictionary<string, int> TransactionOutcomes,
    FeftaExemptionUse FeftaExemption)
{
    public static async Task<AnnualStatistics> For(IQuerySession session, int year, CancellationToken cancellation = default)
    {
        var cases = await session.Query<CaseStatistic>().Where(c => c.YearFiled == year).ToListAsync(cancellation);
        var transactions = await TransactionsOf(session, cases, cancellation);
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
            cases.Count(c => c.Outcome == CaseOutcome.ClearedWithMitigation),
            cases.GroupBy(c => c.Regime == Regime.Fefta ? "FEFTA" : "FIRRMA").OrderBy(g => g.Key)
                .ToDictionary(g => g.Key, g => ReviewTime.Of(g.Select(c => c.ReviewBusinessDays).OfType<int>().Order().ToList())),
            Count(cases, c => c.UltimateParentCountry),
            transactions.Count,
            transactions.GroupBy(t => t.Last.Regime == Regime.Fefta ? "FEFTA" : "FIRRMA").OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            transactions.Where(t => t.Last.Outcome is not null).GroupBy(t => Kebab(t.Last.Outcome!.Value))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            FeftaExemptionUse.Of(cases.Where(c => c.Regime == Regime.Fefta).ToList()));
    }

    /// <summary>One transaction: its filings in order, the first filed and the last that stands (refiles link them).</summary>
    private sealed record Transaction(CaseStatistic First, CaseStatistic Last);

    /// <summary>
    /// The transactions of the year's filings: a refiling belongs to the transaction of the filing it refiles (followed back
    /// through earlier years too); a transaction counts in the year its first filing was made, and ends in its last filing.
    /// </summary>
    private static async Task<List<Transaction>> TransactionsOf(IQuerySession session, IReadOnlyList<CaseStatistic> cases, CancellationToken cancellation)
    {
        var known = cases.ToDictionary(c => c.Id);
        var missing = cases.Where(c => c.RefiledFrom is { } from && !known.ContainsKey(from)).Select(c => c.RefiledFrom!.Value).ToHashSet();
        while (missing.Count > 0)
        {
            var earlier = await session.Query<CaseStatistic>().Where(c => missing.Contains(c.Id)).ToListAsync(cancellation);
            foreach (var e in earlier) known[e.Id] = e;
            missing = earlier.Where(c => c.RefiledFrom is { } from && !known.ContainsKey(from)).Select(c => c.RefiledFrom!.Value).ToHashSet();
        }
        CaseStatistic RootOf(CaseStatistic c)
        {
            for (var hops = 0; c.RefiledFrom is { } from && known.TryGetValue(from, out var before) && hops < known.Count; hops++) c = before;
            return c;
        }
        var year = cases.FirstOrDefault()?.YearFiled;
        return cases.GroupBy(RootOf)
            .Where(g => g.Key.YearFiled == year)
            .Select(g => new Transaction(g.Key, g.FirstOrDefault(c => g.All(other => other.RefiledFrom != c.Id)) ?? g.Last()))
            .ToList();
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
        key == "withdrawn-and-refiled" ? Localization.Ui.Word("Stats.WithdrawnAndRefiled")
        : Enum.GetValues<CaseOutcome>().FirstOrDefault(o => Kebab(o) == key) is var outcome && Kebab(outcome) == key ? outcome.Describe() : key;

    /// <summary>A sector as <see cref="CaseStatistic.SectorOf"/> records it (in English, the API's key), in the reader's language.</summary>
    public static string SectorWords(string key) =>
        Glossary.WordOr($"stat-sector.{key}", key);

    /// <summary>
    /// The same figures as CSV, for the annual report's tables: a heading row, then one row per figure, every section
    /// and item in words of the reader's language (outcomes, sectors and countries by name), the numbers as the API gives them.
    /// </summary>
    public string ToCsv()
    {
        static string W(string key, params object[] values) => Localization.Ui.Word($"Csv.{key}", values);
        var csv = new StringBuilder($"{W("Section")},{W("Item")},{W("Value")}\n");
        void Line(string section, string key, object? value) =>
            csv.Append(Quote(section)).Append(',').Append(Quote(key)).Append(',').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
        Line(W("Total"), W("Filings"), Filings);
        foreach (var (k, v) in ByRegime) Line(W("Regime"), k, v);
        foreach (var (k, v) in BySector) Line(W("Sector"), SectorWords(k), v);
        foreach (var (k, v) in ByInvestorCountry) Line(W("InvestorCountry"), Countries.Name(k), v);
        for (var m = 0; m < 12; m++) Line(W("MonthFiled"), $"{Year}-{m + 1:00}", ByMonth[m]);
        Line(W("Share"), W("StateOwned"), StateOwnedShare);
        foreach (var (k, v) in Outcomes) Line(W("Outcome"), OutcomeWords(k), v);
        Line(W("Share"), W("Investigated"), NoticesTakenToInvestigationShare);
        Line(W("ReviewDays"), W("Median"), MedianReviewDays);
        Line(W("ReviewDays"), W("P90"), P90ReviewDays);
        Line(W("Mitigation"), W("InForce"), MitigationInForce);
        foreach (var (regime, time) in ReviewBusinessDays)
        {
            Line(W("ReviewBusinessDays"), W("CasesDecided", regime), time.Cases);
            Line(W("ReviewBusinessDays"), W("RegimeMedian", regime), time.Median);
            Line(W("ReviewBusinessDays"), W("RegimeMean", regime), time.Mean);
            Line(W("ReviewBusinessDays"), W("RegimeP90", regime), time.P90);
        }
        foreach (var (k, v) in ByUltimateParentCountry) Line(W("ParentCountry"), Countries.Name(k), v);
        Line(W("Transactions"), W("TransactionsCount"), Transactions);
        foreach (var (k, v) in TransactionsByRegime) Line(W("Transactions"), k, v);
        foreach (var (k, v) in TransactionOutcomes) Line(W("TransactionOutcome"), OutcomeWords(k), v);
        Line(W("FeftaExemption"), W("ScreenedExempt"), FeftaExemption.ScreenedExempt);
        Line(W("FeftaExemption"), W("ShareOfFefta"), FeftaExemption.Share);
        Line(W("FeftaExemption"), W("ReportsFiled"), FeftaExemption.ReportsFiled);
        Line(W("FeftaExemption"), W("ReportsLate"), FeftaExemption.ReportsLate);
        return csv.ToString();
    }

    private static string Quote(string value) => value.Contains(',') || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}

/// <summary>Review time in business days for one regime's decided cases.</summary>
public sealed record ReviewTime(int Cases, double? Median, double? Mean, double? P90)
{
    public static ReviewTime Of(IReadOnlyList<int> sorted) => new(sorted.Count,
        AnnualStatistics.Percentile(sorted, 0.5), sorted.Count == 0 ? null : Math.Round(sorted.Average(), 2), AnnualStatistics.Percentile(sorted, 0.9));
}

/// <summary>
/// FEFTA: how often the exemption was used (filings screened exempt with a post-investment report, their share of the
/// year's FEFTA filings) and the post-investment reports filed, late ones apart (N4).
/// </summary>
public sealed record FeftaExemptionUse(int ScreenedExempt, double Share, int ReportsFiled, int ReportsLate)
{
    public static FeftaExemptionUse Of(IReadOnlyList<CaseStatistic> fefta) => new(
        fefta.Count(c => c.ScreenedExempt),
        fefta.Count == 0 ? 0 : Math.Round((double)fefta.Count(c => c.ScreenedExempt) / fefta.Count, 4),
        fefta.Count(c => c.ReportDaysOverdue is not null),
        fefta.Count(c => c.ReportDaysOverdue > 0));
}

public static class StatisticsEndpoints
{

    [WolverineGet("/api/statistics/{year}"), Authorize(Policy = Policies.AgencyReaders)]
    public static Task<AnnualStatistics> Get(int year, IQuerySession session) => AnnualStatistics.For(session, year);

    [WolverineGet("/api/statistics/{year}/csv"), Authorize(Policy = Policies.AgencyReaders)]
    public static async Task<IResult> Csv(int year, IQuerySession session) =>
        Results.File(Encoding.UTF8.GetBytes((await AnnualStatistics.For(session, year)).ToCsv()), "text/csv", $"fdireview-statistics-{year}.csv");
}
