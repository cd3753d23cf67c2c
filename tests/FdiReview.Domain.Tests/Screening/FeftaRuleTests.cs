using FdiReview.Domain.Screening;
using static FdiReview.Domain.Tests.Screening.Facts;

namespace FdiReview.Domain.Tests.Screening;

/// <summary>One test per FEFTA rule (Arts. 26, 27, 27-2, 55-5; fdi-rules J3–J24).</summary>
public class FeftaRuleTests
{
    [Fact]
    public void FEFTA_Art_26_1_a_Japanese_company_without_foreign_holders_is_not_a_foreign_investor()
    {
        var facts = Fefta(5, FeftaSector.Designated) with
        {
            Parties = [new Party { Id = "A", Name = "Nihon K.K.", Kind = PartyKind.Corporation, Nationality = "JP" }],
        };
        var d = facts.Screen();
        d.ForeignPerson.ShouldBeFalse();
        d.Filing.ShouldBe(Filing.NotRequired);
    }

    [Fact]
    public void FEFTA_Art_26_1_iii_a_Japanese_company_half_held_by_foreign_investors_is_one()
    {
        var facts = Fefta(5, FeftaSector.Designated) with
        {
            Parties = [new Party { Id = "A", Name = "Nihon K.K.", Kind = PartyKind.Corporation, Nationality = "JP" },
                       new Party { Id = "F", Name = "Foreign Co", Kind = PartyKind.Corporation, Nationality = "US" }],
            Ownership = [new OwnershipEdge { Holder = "F", Entity = "A", VotingPercent = 50 }],
        };
        facts.Screen().ForeignPerson.ShouldBeTrue();
    }

    [Fact]
    public void FEFTA_J3_listed_shares_below_1_percent_need_no_procedure_and_1_percent_does()
    {
        Fefta(0.99m, FeftaSector.Designated).Screen().Filing.ShouldBe(Filing.NotRequired);
        Fefta(1m, FeftaSector.Designated).Screen().Filing.ShouldBe(Filing.PriorNotification);
    }

    [Fact]
    public void FEFTA_J4_any_acquisition_of_unlisted_shares_is_an_inward_direct_investment()
    {
        var d = Fefta(0.1m, FeftaSector.Designated, listed: false, commitments: Basic).Screen();
        d.Filing.ShouldBe(Filing.ExemptWithPostInvestmentReport);
        d.FilingBasis.ShouldContain("fefta-unlisted");
    }

    [Fact]
    public void FEFTA_J6_consent_to_a_business_purpose_change_at_a_listed_target_counts_only_from_one_third()
    {
        Fefta(30, FeftaSector.Designated, actions: [FeftaAction.ConsentBusinessPurposeChange]).Screen().Filing.ShouldBe(Filing.NotRequired);
        var d = Fefta(34, FeftaSector.Designated, actions: [FeftaAction.ConsentBusinessPurposeChange], commitments: Basic).Screen();
        d.Filing.ShouldBe(Filing.PriorNotification);
        d.Exemption!.Reasons.ShouldContain("action");
    }

    [Fact]
    public void FEFTA_J7_a_non_designated_sector_owes_at_most_a_post_investment_report()
    {
        Fefta(5, FeftaSector.NonDesignated).Screen().Filing.ShouldBe(Filing.NotRequired);
        Fefta(10, FeftaSector.NonDesignated).Screen().Filing.ShouldBe(Filing.PostInvestmentReport);
        Fefta(1, FeftaSector.NonDesignated, listed: false).Screen().Filing.ShouldBe(Filing.PostInvestmentReport);
    }

    [Fact]
    public void FEFTA_Art_27_2_basic_conditions_make_a_designated_acquisition_exempt()
    {
        var d = Fefta(5, FeftaSector.Designated, commitments: Basic).Screen();
        d.Exemption!.Available.ShouldBeTrue();
        d.Filing.ShouldBe(Filing.ExemptWithPostInvestmentReport);
        d.Finding("FEFTA-Art.55-5").Holds.ShouldBeTrue();
    }

    [Fact]
    public void FEFTA_Art_27_2_unmet_conditions_are_named()
    {
        var d = Fefta(5, FeftaSector.Core, commitments: Basic).Screen();
        d.Exemption!.UnmetConditions.ShouldBe(["noCoreCommitteeAttendance", "noDeadlineWrittenProposals"]);
        d.Filing.ShouldBe(Filing.PriorNotification);
    }

    [Fact]
    public void FEFTA_J21_general_investors_are_exempt_for_listed_core_targets_only_below_the_configured_cap()
    {
        Fefta(9.99m, FeftaSector.Core, commitments: All).Screen().Filing.ShouldBe(Filing.ExemptWithPostInvestmentReport);
        Fefta(10m, FeftaSector.Core, commitments: All).Screen().Exemption!.Reasons.ShouldBe(["core-cap"]);
        Fefta(10m, FeftaSector.Core, commitments: All).Screen(ScreeningOptions.Default with { FeftaCoreListedExemptionCapPercent = 15 })
            .Filing.ShouldBe(Filing.ExemptWithPostInvestmentReport);
    }

    [Fact]
    public void FEFTA_J21_foreign_financial_institutions_have_no_cap_but_no_exemption_for_unlisted_core_targets()
    {
        Fefta(20, FeftaSector.Core, investorClass: FeftaInvestorClass.ForeignFinancialInstitution, commitments: All)
            .Screen().Exemption!.Available.ShouldBeTrue();
        Fefta(20, FeftaSector.Core, listed: false, investorClass: FeftaInvestorClass.ForeignFinancialInstitution, commitments: All)
            .Screen().Exemption!.Reasons.ShouldBe(["unlisted-core"]);
    }

    [Theory]
    [InlineData(FeftaInvestorClass.StateOwned, "state-owned")]
    [InlineData(FeftaInvestorClass.Sanctioned, "sanctioned")]
    [InlineData(FeftaInvestorClass.SpecifiedForeignInvestor, "specified-foreign-investor")]
    public void FEFTA_J22_J24_state_owned_sanctioned_and_specified_investors_never_get_the_exemption(FeftaInvestorClass investorClass, string reason)
    {
        var d = Fefta(3, FeftaSector.Designated, investorClass: investorClass, commitments: All).Screen();
        d.Filing.ShouldBe(Filing.PriorNotification);
        d.FilingBasis.ShouldContain($"fefta-exemption-unavailable:{reason}");
    }

    [Theory]
    [InlineData(FeftaInvestorClass.StateOwned)]
    [InlineData(FeftaInvestorClass.SpecifiedForeignInvestor)]
    public void FEFTA_JP_7_state_owned_and_specified_investors_are_prioritised(FeftaInvestorClass investorClass)
    {
        var d = Fefta(3, FeftaSector.Designated, investorClass: investorClass, commitments: All).Screen();
        d.Priority.Factors.ShouldContain(f => f.Factor == "state-owned-investor");
        Fefta(3, FeftaSector.Designated, commitments: All).Screen().Priority.Score.ShouldBeLessThan(d.Priority.Score);
    }

    [Fact]
    public void FEFTA_J22_an_accredited_state_owned_investor_is_treated_as_a_general_investor()
    {
        Fefta(3, FeftaSector.Designated, investorClass: FeftaInvestorClass.AccreditedStateOwned, commitments: Basic)
            .Screen().Filing.ShouldBe(Filing.ExemptWithPostInvestmentReport);
    }
}
