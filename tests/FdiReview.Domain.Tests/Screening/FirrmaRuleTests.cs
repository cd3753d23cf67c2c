using FdiReview.Domain.Screening;
using static FdiReview.Domain.Tests.Screening.Facts;

namespace FdiReview.Domain.Tests.Screening;

/// <summary>One test per rule of 31 CFR Part 800, named after the regulation it checks.</summary>
public class FirrmaRuleTests
{
    [Fact]
    public void CFR_800_208_a_majority_of_the_votes_confers_control()
    {
        var d = Firrma(after: 51).Screen();
        d.Control.Conferred.ShouldBeTrue();
        d.Control.Basis.ShouldContain("majority-voting");
        d.CoveredTransaction.ShouldBe(CoveredTransaction.CoveredControlTransaction);
    }

    [Fact]
    public void CFR_800_208_a_a_board_majority_confers_control_and_an_unknown_board_size_does_not()
    {
        Firrma(after: 5, rights: new Rights { BoardSeats = 4, BoardSize = 7 }).Screen().Control.Basis.ShouldContain("board-majority");
        Firrma(after: 5, rights: new Rights { BoardSeats = 4 }).Screen().Control.Conferred.ShouldBeFalse();
    }

    [Fact]
    public void CFR_800_208_a_any_important_matter_confers_control_whatever_the_percentage()
    {
        var d = Firrma(after: 1, rights: new Rights { ImportantMatters = [ImportantMatter.SignificantContracts] }).Screen();
        d.Control.Basis.ShouldBe(["important-matter:significant-contracts"]);
        d.Finding("FIRRMA-800.208(a)-important-matters").Citation.ShouldBe("31 CFR 800.208(a)(6)");
    }

    [Fact]
    public void CFR_800_301_e_3_an_agreement_not_to_exercise_a_control_right_does_not_remove_control()
    {
        var facts = Firrma(after: 20, rights: new Rights { ImportantMatters = [ImportantMatter.OfficerAppointment] });
        facts = facts with { Transaction = facts.Transaction! with { PassivityAgreement = true } };
        facts.Screen().Control.Conferred.ShouldBeTrue();
    }

    [Fact]
    public void CFR_800_208_c_minority_protections_alone_never_confer_control()
    {
        var d = Firrma(after: 20, rights: new Rights { MinorityProtections = Enum.GetValues<MinorityProtection>() }).Screen();
        d.Control.Conferred.ShouldBeFalse();
        d.CoveredTransaction.ShouldBe(CoveredTransaction.NotCovered);
    }

    [Fact]
    public void CFR_800_208_d_other_rights_are_judged_case_by_case()
    {
        var d = Firrma(after: 20, rights: new Rights { OtherRights = ["veto over hiring the head of sales"] }).Screen();
        d.Control.CaseByCase.ShouldBeTrue();
        d.Finding("FIRRMA-800.208(d)").Explanation.ShouldContain("head of sales");
    }

    [Fact]
    public void CFR_800_208_e_1_a_50_percent_stake_with_those_acting_in_concert_that_no_one_exceeds_confers_control()
    {
        var facts = Firrma(after: 25) with
        {
            Parties = [.. Firrma().Parties, new Party { Id = "B", Name = "B", Kind = PartyKind.Corporation, Nationality = "DE" }, new Party { Id = "U", Name = "U", Kind = PartyKind.Corporation, Nationality = "US" }],
            Target = Firrma().Target! with { OtherHolders = [new OtherHolder { Holder = "B", VotingPercent = 25 }, new OtherHolder { Holder = "U", VotingPercent = 50 }] },
        };
        facts.Screen().Control.Conferred.ShouldBeFalse(); // 800.208(e)(2): no concert, no control
        var concert = facts with { Transaction = facts.Transaction! with { ActingInConcertWith = ["B"] } };
        concert.Screen().Control.Basis.ShouldContain("acting-in-concert");
    }

    [Fact]
    public void CFR_800_208_e_6_an_irrevocable_passivity_agreement_precludes_control_by_a_dominant_stake()
    {
        var facts = Firrma(after: 50);
        facts.Screen().Control.Basis.ShouldBe(["dominant-minority"]);
        (facts with { Transaction = facts.Transaction! with { PassivityAgreement = true } }).Screen().Control.Conferred.ShouldBeFalse();
    }

    [Fact]
    public void CFR_800_224_a_foreign_entity_is_a_foreign_person_and_a_US_one_is_not()
    {
        Firrma(nationality: "CN").Screen().ForeignPerson.ShouldBeTrue();
        Firrma(nationality: "US").Screen().ForeignPerson.ShouldBeFalse();
    }

    [Fact]
    public void CFR_800_224_b_an_entity_controlled_by_a_foreign_person_is_a_foreign_person()
    {
        var facts = Firrma(nationality: "US") with
        {
            Parties = [.. Firrma(nationality: "US").Parties, new Party { Id = "P", Name = "Parent", Kind = PartyKind.Corporation, Nationality = "CN" }],
            Ownership = [new OwnershipEdge { Holder = "P", Entity = "A", VotingPercent = 60 }],
        };
        facts.Screen().ForeignPerson.ShouldBeTrue();
    }

    [Fact]
    public void CFR_800_235_parents_are_transitive_through_voting_profits_and_general_partnership()
    {
        var facts = Firrma() with
        {
            Parties = [.. Firrma().Parties,
                new Party { Id = "P", Name = "P", Kind = PartyKind.Corporation, Nationality = "DE" },
                new Party { Id = "Q", Name = "Q", Kind = PartyKind.GeneralPartner, Nationality = "DE" },
                new Party { Id = "R", Name = "R", Kind = PartyKind.Corporation, Nationality = "DE" }],
            Ownership =
            [
                new OwnershipEdge { Holder = "P", Entity = "A", VotingPercent = 10, ProfitsPercent = 50 },
                new OwnershipEdge { Holder = "Q", Entity = "P", VotingPercent = 1, GeneralPartner = true },
                new OwnershipEdge { Holder = "R", Entity = "Q", VotingPercent = 49 },
            ],
        };
        facts.Screen().Parents["A"].ShouldBe(["P", "Q"]);
    }

    [Fact]
    public void CFR_800_244_c_a_parent_counts_as_holding_100_percent_of_its_subsidiary()
    {
        var facts = Firrma(after: 30, tid: new TidFlags { CriticalTechnologies = true }, rights: new Rights { BoardObserver = true }) with
        {
            Parties = [.. Firrma().Parties,
                new Party { Id = "B", Name = "B", Kind = PartyKind.Corporation, Nationality = "CN" },
                new Party { Id = "G", Name = "Gov", Kind = PartyKind.ForeignGovernment, Nationality = "CN", ForeignGovernmentOf = "CN" }],
            Ownership =
            [
                new OwnershipEdge { Holder = "B", Entity = "A", VotingPercent = 51 },
                new OwnershipEdge { Holder = "G", Entity = "B", VotingPercent = 60 },
            ],
        };
        var d = facts.Screen();
        d.SubstantialInterest.GovernmentInInvestorPercent.ShouldBe(60m);
        d.SubstantialInterest.Present.ShouldBeTrue();
        d.Filing.ShouldBe(Filing.MandatoryDeclaration);
    }

    [Fact]
    public void CFR_800_244_b_for_a_GP_managed_investor_the_government_interest_is_measured_in_the_general_partner()
    {
        var facts = Firrma(after: 30, tid: new TidFlags { SensitivePersonalData = true }, rights: new Rights { BoardObserver = true }) with
        {
            Parties = [.. Firrma().Parties,
                new Party { Id = "GP", Name = "Fund GP", Kind = PartyKind.GeneralPartner, Nationality = "DE" },
                new Party { Id = "G", Name = "Gov", Kind = PartyKind.ForeignGovernment, Nationality = "CN", ForeignGovernmentOf = "CN" }],
            Ownership =
            [
                new OwnershipEdge { Holder = "GP", Entity = "A", VotingPercent = 1, GeneralPartner = true },
                new OwnershipEdge { Holder = "G", Entity = "A", VotingPercent = 90 },
            ],
        };
        facts.Screen().SubstantialInterest.Present.ShouldBeFalse();
        var governmentRunsTheGp = facts with { Ownership = [.. facts.Ownership, new OwnershipEdge { Holder = "G", Entity = "GP", VotingPercent = 49 }] };
        governmentRunsTheGp.Screen().SubstantialInterest.Present.ShouldBeTrue();
    }

    [Fact]
    public void CFR_800_211_a_board_observer_in_an_unaffiliated_TID_business_is_a_covered_investment()
    {
        var d = Firrma(after: 4, rights: new Rights { BoardObserver = true }, tid: new TidFlags { CriticalTechnologies = true }).Screen();
        d.CoveredTransaction.ShouldBe(CoveredTransaction.CoveredInvestment);
        d.NonControlTriggers.ShouldBe([NonControlTrigger.Board]);
        d.Filing.ShouldBe(Filing.Voluntary);
    }

    [Fact]
    public void CFR_800_219_an_excepted_investor_makes_no_covered_investment()
    {
        Firrma(after: 4, rights: new Rights { BoardObserver = true }, tid: new TidFlags { CriticalTechnologies = true }, excepted: true)
            .Screen().CoveredTransaction.ShouldBe(CoveredTransaction.NotCovered);
    }

    [Fact]
    public void CFR_800_302_b_a_passive_investment_of_10_percent_or_less_is_not_covered()
    {
        var facts = Firrma(after: 10);
        var passive = facts with { Transaction = facts.Transaction! with { PassiveInvestment = true } };
        var d = passive.Screen();
        d.CoveredTransaction.ShouldBe(CoveredTransaction.NotCovered);
        d.Finding("FIRRMA-800.302(b)").Holds.ShouldBeTrue();
    }

    [Fact]
    public void CFR_800_213_c_a_change_of_rights_that_confers_control_is_covered_and_one_that_does_not_is_not()
    {
        var facts = Firrma(after: 10, rights: new Rights { ImportantMatters = [ImportantMatter.OfficerAppointment] });
        var change = facts with { Transaction = facts.Transaction! with { Kind = TransactionKind.ChangeOfRights, VotingPercentBefore = 10 } };
        change.Screen().CoveredTransaction.ShouldBe(CoveredTransaction.CoveredChangeOfRights);

        var already = change with { Transaction = change.Transaction! with { RightsBefore = change.Transaction.Rights } };
        already.Screen().CoveredTransaction.ShouldBe(CoveredTransaction.NotCovered);
    }

    [Fact]
    public void CFR_800_305_after_a_cleared_control_acquisition_more_of_the_same_is_not_covered()
    {
        var facts = Firrma(after: 80);
        var cleared = facts with { Transaction = facts.Transaction! with { PriorClearance = new PriorClearance { Kind = PriorClearanceKind.Control } } };
        cleared.Screen().CoveredTransaction.ShouldBe(CoveredTransaction.NotCovered);
    }

    [Fact]
    public void CFR_800_303_b_after_a_covered_investment_clearance_only_new_rights_are_covered()
    {
        var facts = Firrma(after: 8, rights: new Rights { BoardObserver = true }, tid: new TidFlags { CriticalTechnologies = true });
        var cleared = facts with { Transaction = facts.Transaction! with { PriorClearance = new PriorClearance { Kind = PriorClearanceKind.CoveredInvestment, Rights = new Rights { BoardObserver = true } } } };
        cleared.Screen().CoveredTransaction.ShouldBe(CoveredTransaction.NotCovered);

        var newRight = cleared with { Transaction = cleared.Transaction! with { Rights = new Rights { BoardObserver = true, MaterialNonpublicTechnicalInformation = true } } };
        newRight.Screen().CoveredTransaction.ShouldBe(CoveredTransaction.CoveredInvestment);
    }

    [Fact]
    public void CFR_800_401_b_an_excepted_foreign_state_owes_no_government_declaration()
    {
        var facts = Firrma(after: 30, rights: new Rights { BoardObserver = true }, tid: new TidFlags { CriticalTechnologies = true });
        facts.WithGovernment("CN", 60).Screen().Filing.ShouldBe(Filing.MandatoryDeclaration);
        facts.WithGovernment("GB", 60).Screen().Filing.ShouldBe(Filing.Voluntary);
    }

    [Fact]
    public void CFR_800_401_c_critical_technology_needing_an_export_licence_for_a_25_percent_holder_needs_a_declaration()
    {
        var facts = Firrma(after: 100, tid: new TidFlags { CriticalTechnologies = true }) with
        {
            Parties = [.. Firrma().Parties, new Party { Id = "N", Name = "National of CN", Kind = PartyKind.Individual, Nationality = "CN" }],
            Ownership = [new OwnershipEdge { Holder = "N", Entity = "A", VotingPercent = 24 }],
        };
        facts = facts with { Target = facts.Target! with { ExportAuthorizationRequiredFor = ["CN"] } };
        facts.Screen().Filing.ShouldBe(Filing.Voluntary);

        var quarter = facts with { Ownership = [new OwnershipEdge { Holder = "N", Entity = "A", VotingPercent = 25 }] };
        var d = quarter.Screen();
        d.Filing.ShouldBe(Filing.MandatoryDeclaration);
        d.FilingBasis.ShouldBe(["critical-technology-export-authorization"]);
    }

    [Fact]
    public void CFR_800_401_e_1_an_excepted_investor_owes_no_mandatory_declaration()
    {
        var facts = Firrma(after: 100, tid: new TidFlags { CriticalTechnologies = true }, nationality: "GB", excepted: true);
        facts = facts with { Target = facts.Target! with { ExportAuthorizationRequiredFor = ["GB"] } };
        facts.Screen().Filing.ShouldBe(Filing.Voluntary);
    }

    [Fact]
    public void CFR_800_401_d_1_and_e_3_a_fund_managed_by_a_US_general_partner_owes_no_mandatory_declaration()
    {
        var facts = Firrma(after: 10, rights: new Rights { BoardSeats = 1 }, tid: new TidFlags { CriticalTechnologies = true }) with
        {
            Parties =
            [
                new Party { Id = "A", Name = "Investment Fund A", Kind = PartyKind.Fund, Nationality = "KY" },
                new Party { Id = "GP", Name = "Fund GP LLC", Kind = PartyKind.GeneralPartner, Nationality = "US" },
            ],
            Ownership = [new OwnershipEdge { Holder = "GP", Entity = "A", VotingPercent = 1, GeneralPartner = true }],
        };
        facts = facts with { Target = facts.Target! with { ExportAuthorizationRequiredFor = ["KY"] } };

        var d = facts.Screen();
        d.CoveredTransaction.ShouldBe(CoveredTransaction.CoveredInvestment);
        d.Filing.ShouldBe(Filing.Voluntary);
        d.Finding("FIRRMA-800.401(d)-(e)").Holds.ShouldBeTrue();
    }
}
