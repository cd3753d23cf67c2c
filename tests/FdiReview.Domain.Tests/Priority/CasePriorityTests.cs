using FdiReview.Domain.Clocks;
using FdiReview.Domain.Priority;
using FdiReview.Domain.Screening;
using FdiReview.Domain.Tests.Screening;

namespace FdiReview.Domain.Tests.Priority;

/// <summary>The priority model (policy US-17, JP-7): each factor's points, the bands, and state-owned investors first.</summary>
public class CasePriorityTests
{
    private static readonly PriorityWeights Weights = new();

    private static ClockReading Reading(int businessDaysLeft, bool overdue = false) =>
        new(ClockPhase.Review, new DateOnly(2027, 4, 15), DateTimeOffset.MaxValue, businessDaysLeft, businessDaysLeft, false, overdue, "31 CFR 800.503(b)");

    private static Domain.Screening.Priority Of(TransactionFacts facts, ClockReading? clock = null, InvestorHistory? history = null) =>
        CasePriority.Assess(ScreeningEngine.Screen(facts), clock, history ?? InvestorHistory.None, Weights);

    [Fact]
    public void Each_factor_adds_its_configured_points_with_a_reason()
    {
        var facts = Facts.Firrma(after: 60, tid: new TidFlags { CriticalTechnologies = true }).WithGovernment("CN", 60);
        var priority = Of(facts, Reading(2), new InvestorHistory(EarlierWithdrawals: 1));

        priority.Factors.Select(f => (f.Factor, f.Points)).ShouldBe(
        [
            ("state-owned-investor", Weights.StateOwnedInvestor), ("mandatory-filing", Weights.MandatoryFiling),
            ("sensitive-sector", Weights.SensitiveSector), ("control", Weights.Control),
            ("clock-urgent", Weights.DueWithinThreeBusinessDays), ("investor-history-withdrawals", Weights.PerEarlierWithdrawal),
        ]);
        priority.Factors.ShouldAllBe(f => f.Reason.Length > 0);
        priority.Score.ShouldBe(100); // capped
    }

    [Theory]
    [InlineData(0, false, "clock-urgent")]
    [InlineData(7, false, "clock-near")]
    [InlineData(0, true, "clock-overdue")]
    public void The_nearer_the_deadline_the_more_urgent(int daysLeft, bool overdue, string factor)
    {
        Of(Facts.Firrma(), Reading(daysLeft, overdue)).Factors.Single().Factor.ShouldBe(factor);
        Of(Facts.Firrma(), Reading(30)).Factors.ShouldBeEmpty();
    }

    [Fact]
    public void Bands_follow_the_configured_thresholds()
    {
        Of(Facts.Firrma()).Band.ShouldBe(PriorityBand.Low);
        Of(Facts.Firrma(after: 60, tid: new TidFlags { CriticalTechnologies = true })).Band.ShouldBe(PriorityBand.Medium); // 15 + 15
        Of(Facts.Firrma(after: 60, tid: new TidFlags { CriticalTechnologies = true }).WithGovernment("CN", 60)).Band.ShouldBe(PriorityBand.High);
    }

    [Fact]
    public void A_state_owned_investor_with_a_mandatory_filing_in_a_core_sector_outranks_an_identical_private_investor_JP_7()
    {
        var soe = Facts.Fefta(3, FeftaSector.Core, investorClass: FeftaInvestorClass.StateOwned, commitments: Facts.All);
        var privateInvestor = Facts.Fefta(3, FeftaSector.Core, commitments: Facts.All);

        var soePriority = Of(soe, Reading(20));
        soePriority.Score.ShouldBeGreaterThan(Of(privateInvestor, Reading(20)).Score);
        soePriority.Band.ShouldBe(PriorityBand.High);
        soePriority.Factors.ShouldContain(f => f.Factor == "state-owned-investor");
        soePriority.Factors.ShouldContain(f => f.Factor == "mandatory-filing");
    }
}
