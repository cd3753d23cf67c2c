using FdiReview.Domain.Clocks;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Priority;

/// <summary>What the agency knows of an investor from earlier cases.</summary>
public sealed record InvestorHistory(int EarlierWithdrawals = 0, int MitigationViolations = 0, int LatePostInvestmentReports = 0)
{
    public static readonly InvestorHistory None = new();
}

/// <summary>
/// The priority of a case in the queue: the screening's risk factors (state-owned investor, mandatory
/// filing, sensitive sector, control, access) plus what the case itself adds — how near its statutory
/// deadline is and the investor's record. Every point has a named factor and a reason; weights and bands
/// are configuration (<see cref="PriorityWeights"/>).
/// </summary>
public static class CasePriority
{
    public static Screening.Priority Assess(Determination? determination, ClockReading? clock, InvestorHistory history, PriorityWeights weights)
    {
        var factors = new List<PriorityFactor>(determination?.Priority.Factors ?? []);
        if (clock is { } c)
        {
            if (c.Overdue) factors.Add(new("clock-overdue", weights.Overdue, $"the {Describe(c.Phase)} was due on {c.Due:yyyy-MM-dd}"));
            else if (c.BusinessDaysLeft <= 3) factors.Add(new("clock-urgent", weights.DueWithinThreeBusinessDays, $"{c.BusinessDaysLeft} business day(s) left in the {Describe(c.Phase)}"));
            else if (c.BusinessDaysLeft <= 10) factors.Add(new("clock-near", weights.DueWithinTenBusinessDays, $"{c.BusinessDaysLeft} business days left in the {Describe(c.Phase)}"));
        }
        if (history.EarlierWithdrawals > 0)
            factors.Add(new("investor-history-withdrawals", Math.Min(2, history.EarlierWithdrawals) * weights.PerEarlierWithdrawal,
                $"the investor withdrew {history.EarlierWithdrawals} earlier notification(s)"));
        if (history.MitigationViolations > 0)
            factors.Add(new("investor-history-violations", weights.MitigationViolation, $"the investor breached mitigation {history.MitigationViolations} time(s)"));

        if (history.LatePostInvestmentReports > 0)
            factors.Add(new("investor-history-late-reports", Math.Min(2, history.LatePostInvestmentReports) * weights.PerLateReport,
                $"the investor filed {history.LatePostInvestmentReports} post-investment report(s) late"));

        var score = Math.Min(100, factors.Sum(f => f.Points));
        var band = score >= weights.HighBandFrom ? PriorityBand.High : score >= weights.MediumBandFrom ? PriorityBand.Medium : PriorityBand.Low;
        return new Screening.Priority(score, band, factors);
    }

    private static string Describe(ClockPhase phase) =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(phase.ToString()).Replace('-', ' ') + " period";
}
