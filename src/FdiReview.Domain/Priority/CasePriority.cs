using System.Globalization;
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
            var phase = Phrase.Say($"clock-phase.{c.Phase}");
            var left = c.BusinessDaysLeft.ToString(CultureInfo.InvariantCulture);
            if (c.Overdue) factors.Add(PriorityFactor.Because("clock-overdue", weights.Overdue, Phrase.Say("priority.clock-overdue", phase, Phrase.Day(c.Due))));
            else if (c.BusinessDaysLeft <= 3) factors.Add(PriorityFactor.Because("clock-urgent", weights.DueWithinThreeBusinessDays, Phrase.Say("priority.clock-left", phase, left)));
            else if (c.BusinessDaysLeft <= 10) factors.Add(PriorityFactor.Because("clock-near", weights.DueWithinTenBusinessDays, Phrase.Say("priority.clock-left", phase, left)));
        }
        if (history.EarlierWithdrawals > 0)
            factors.Add(PriorityFactor.Because("investor-history-withdrawals", Math.Min(2, history.EarlierWithdrawals) * weights.PerEarlierWithdrawal,
                Phrase.Say("priority.history-withdrawals", history.EarlierWithdrawals.ToString(CultureInfo.InvariantCulture))));
        if (history.MitigationViolations > 0)
            factors.Add(PriorityFactor.Because("investor-history-violations", weights.MitigationViolation, Phrase.Say("priority.history-violations", history.MitigationViolations.ToString(CultureInfo.InvariantCulture))));

        if (history.LatePostInvestmentReports > 0)
            factors.Add(PriorityFactor.Because("investor-history-late-reports", Math.Min(2, history.LatePostInvestmentReports) * weights.PerLateReport,
                Phrase.Say("priority.history-late-reports", history.LatePostInvestmentReports.ToString(CultureInfo.InvariantCulture))));

        var score = Math.Min(100, factors.Sum(f => f.Points));
        var band = score >= weights.HighBandFrom ? PriorityBand.High : score >= weights.MediumBandFrom ? PriorityBand.Medium : PriorityBand.Low;
        return new Screening.Priority(score, band, factors);
    }
}
