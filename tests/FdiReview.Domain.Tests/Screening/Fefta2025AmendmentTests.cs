using FdiReview.Domain.Screening;
using static FdiReview.Domain.Tests.Screening.Facts;

namespace FdiReview.Domain.Tests.Screening;

/// <summary>The 2025 FEFTA amendment (N6): quasi-specified foreign investors and specified core businesses.</summary>
public class Fefta2025AmendmentTests
{
    private static readonly FeftaCommitments WithExtra = All with { NoNonpublicInformationAccess = true };
    private const FeftaInvestorClass Quasi = FeftaInvestorClass.QuasiSpecifiedForeignInvestor;

    [Fact]
    public void FEFTA_N6_a_quasi_specified_investor_always_notifies_a_specified_core_target()
    {
        var d = Fefta(2, FeftaSector.SpecifiedCore, investorClass: Quasi, commitments: WithExtra).Screen();
        d.Filing.ShouldBe(Filing.PriorNotification);
        d.Exemption!.Reasons.ShouldContain("quasi-specified-specified-core");
    }

    [Theory]
    [InlineData(9.99, Filing.ExemptWithPostInvestmentReport)]
    [InlineData(10, Filing.PriorNotification)]
    public void FEFTA_N6_a_quasi_specified_investor_notifies_from_10_percent_of_another_core_target(decimal after, Filing expected) =>
        Fefta(after, FeftaSector.Core, investorClass: Quasi, commitments: WithExtra).Screen().Filing.ShouldBe(expected);

    [Fact]
    public void FEFTA_N6_below_that_a_quasi_specified_investor_needs_the_extra_conditions()
    {
        var d = Fefta(5, FeftaSector.Core, investorClass: Quasi, commitments: All).Screen();
        d.Filing.ShouldBe(Filing.PriorNotification);
        d.Exemption!.UnmetConditions.ShouldBe(["noNonpublicInformationAccess"]);
        // A general investor needs no such thing.
        Fefta(5, FeftaSector.Core, commitments: All).Screen().Filing.ShouldBe(Filing.ExemptWithPostInvestmentReport);
    }

    [Fact]
    public void FEFTA_N6_the_extra_conditions_and_the_cap_are_configuration()
    {
        var options = ScreeningOptions.Default with { FeftaQuasiSpecifiedExtraConditions = ["noNonpublicInformationAccess", "noCoreCommitteeAttendance"], FeftaQuasiSpecifiedCoreCapPercent = 5 };
        Fefta(5, FeftaSector.Core, investorClass: Quasi, commitments: WithExtra).Screen(options).Exemption!.Reasons.ShouldBe(["quasi-specified-core-cap"]);
        Fefta(2, FeftaSector.Designated, investorClass: Quasi, commitments: Basic with { NoNonpublicInformationAccess = true }).Screen(options)
            .Exemption!.UnmetConditions.ShouldBe(["noCoreCommitteeAttendance"]);
    }

    [Fact]
    public void FEFTA_N6_a_specified_core_target_is_a_core_target_for_other_investors()
    {
        Fefta(5, FeftaSector.SpecifiedCore, commitments: All).Screen().Filing.ShouldBe(Filing.ExemptWithPostInvestmentReport);
        Fefta(12, FeftaSector.SpecifiedCore, commitments: All).Screen().Exemption!.Reasons.ShouldBe(["core-cap"]);
        Fefta(5, FeftaSector.SpecifiedCore, listed: false, commitments: All).Screen().Exemption!.Reasons.ShouldContain("unlisted-core");
        Fefta(5, FeftaSector.SpecifiedCore, commitments: Basic).Screen().Exemption!.UnmetConditions.ShouldBe(["noCoreCommitteeAttendance", "noDeadlineWrittenProposals"]);
    }

    [Fact]
    public void FEFTA_J24_a_specified_foreign_investor_cannot_use_the_exemption_in_any_designated_sector()
    {
        foreach (var sector in new[] { FeftaSector.Designated, FeftaSector.Core, FeftaSector.SpecifiedCore })
            Fefta(2, sector, investorClass: FeftaInvestorClass.SpecifiedForeignInvestor, commitments: WithExtra).Screen().Filing.ShouldBe(Filing.PriorNotification);
    }

    [Fact]
    public void FEFTA_JP_7_quasi_specified_investors_raise_the_priority_as_state_linked_and_are_named_in_words()
    {
        var d = Fefta(2, FeftaSector.Designated, investorClass: Quasi, commitments: WithExtra).Screen();
        d.Priority.Factors.ShouldContain(f => f.Factor == "state-owned-investor");
        d.Findings.ShouldAllBe(f => !f.Explanation.Contains("quasi-specified-foreign-investor"));
    }
}
