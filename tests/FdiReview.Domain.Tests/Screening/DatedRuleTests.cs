using FdiReview.Domain.Screening;
using static FdiReview.Domain.Tests.Screening.Facts;

namespace FdiReview.Domain.Tests.Screening;

/// <summary>Rules that begin on a date apply to facts judged (asOf) on or after it, and the finding names the edition applied.</summary>
public class DatedRuleTests
{
    private static TransactionFacts On(TransactionFacts facts, string? day) => facts with { AsOf = day is null ? null : DateOnly.Parse(day) };

    [Theory]
    [InlineData("2025-05-18", Filing.ExemptWithPostInvestmentReport)]
    [InlineData("2025-05-19", Filing.PriorNotification)]
    [InlineData(null, Filing.PriorNotification)]
    public void FEFTA_2025_amendment_specified_foreign_investors_lose_the_exemption_from_19_May_2025(string? day, Filing expected)
    {
        var d = On(Fefta(5, FeftaSector.Designated, investorClass: FeftaInvestorClass.SpecifiedForeignInvestor, commitments: Basic), day).Screen();
        d.Filing.ShouldBe(expected);
        d.Finding("FEFTA-2025-amendment").Version.ShouldNotBeNull().ShouldContain("2025-05-19");
        d.Finding("FEFTA-Art.27-2").Version.ShouldBe(d.Finding("FEFTA-2025-amendment").Version);
    }

    [Fact]
    public void FEFTA_2025_amendment_before_it_a_specified_core_business_is_judged_as_core()
    {
        var before = On(Fefta(5, FeftaSector.SpecifiedCore, investorClass: FeftaInvestorClass.QuasiSpecifiedForeignInvestor, commitments: All), "2024-09-13").Screen();
        before.Filing.ShouldBe(Filing.ExemptWithPostInvestmentReport);
        before.Finding("FEFTA-2025-amendment").Explanation.ShouldContain("judged as a general investor");
        before.Finding("FEFTA-2025-amendment").Version.ShouldNotBeNull().ShouldStartWith("the rules before");
    }

    [Theory]
    [InlineData("2020-05-07", Filing.NotRequired)]
    [InlineData("2020-05-08", Filing.ExemptWithPostInvestmentReport)]
    public void FEFTA_J3_the_1_percent_listed_threshold_applies_from_8_May_2020(string day, Filing expected) =>
        On(Fefta(5, FeftaSector.Designated, commitments: Basic), day).Screen().Filing.ShouldBe(expected);

    [Fact]
    public void FEFTA_J18_before_the_2019_amendment_there_was_no_exemption()
    {
        var d = On(Fefta(12, FeftaSector.Designated, commitments: Basic), "2019-06-01").Screen();
        d.Filing.ShouldBe(Filing.PriorNotification);
        d.Exemption!.Reasons.ShouldBe(["no-exemption-before-2020"]);
        d.Finding("FEFTA-Art.26(2)-shares").Explanation.ShouldContain("10%");
    }

    [Theory]
    [InlineData("2021-12-01", "NZ", Filing.MandatoryDeclaration)]
    [InlineData("2022-01-05", "NZ", Filing.Voluntary)]
    [InlineData("2020-02-13", "GB", Filing.Voluntary)]
    [InlineData("2020-02-12", "GB", Filing.MandatoryDeclaration)]
    public void CFR_800_218_the_excepted_foreign_states_are_those_listed_on_the_day(string day, string state, Filing expected)
    {
        var facts = Firrma(after: 30, rights: new Rights { BoardSeats = 4, BoardSize = 7 }, tid: new TidFlags { SensitivePersonalData = true })
            .WithGovernment(state, 60);
        var d = On(facts, day).Screen();
        d.Filing.ShouldBe(expected);
        d.Finding("FIRRMA-800.401(b)").Version.ShouldNotBeNull().ShouldNotContain("GB"); // states by name, never by code
    }

    [Fact]
    public void CFR_800_211_covered_investments_exist_for_investments_on_or_after_13_February_2020()
    {
        var facts = Firrma(after: 10, rights: new Rights { BoardObserver = true }, tid: new TidFlags { CriticalTechnologies = true });
        On(facts, "2020-02-13").Screen().CoveredTransaction.ShouldBe(CoveredTransaction.CoveredInvestment);
        var before = On(facts, "2019-12-31").Screen();
        before.CoveredTransaction.ShouldBe(CoveredTransaction.NotCovered);
        before.Finding("FIRRMA-800.211").Version.ShouldNotBeNull().ShouldStartWith("the rules before");
    }
}
