using FdiReview.Domain.Screening;
using static FdiReview.Domain.Tests.Screening.Facts;

namespace FdiReview.Domain.Tests.Screening;

/// <summary>The contract's binding readings of 31 CFR 800.213(c), 800.235, 800.244 and 800.256(b), beyond its examples.</summary>
public class BindingReadingTests
{
    private static Party Corporation(string id, string nationality = "FR") => new() { Id = id, Name = $"Corporation {id}", Kind = PartyKind.Corporation, Nationality = nationality };
    private static Party Government(string id, string state) => new() { Id = id, Name = $"{id} of {state}", Kind = PartyKind.ForeignGovernment, Nationality = state, ForeignGovernmentOf = state };
    private static OwnershipEdge Holds(string holder, string entity, decimal voting, decimal? profits = null, bool gp = false) =>
        new() { Holder = holder, Entity = entity, VotingPercent = voting, ProfitsPercent = profits, GeneralPartner = gp };

    private static TransactionFacts Owned(decimal after, IReadOnlyList<Party> parties, IReadOnlyList<OwnershipEdge> edges, TidFlags? tid = null)
    {
        var facts = Firrma(after: after, rights: new Rights { BoardSeats = 1, BoardSize = 9 }, tid: tid ?? new TidFlags { SensitivePersonalData = true });
        return facts with { Parties = [.. facts.Parties, .. parties], Ownership = edges };
    }

    [Fact]
    public void CFR_800_235_a_parent_holds_half_directly_and_indirectly_together()
    {
        // 30% directly plus 25% through a wholly owned subsidiary.
        var d = Owned(5, [Corporation("P"), Corporation("S")], [Holds("P", "A", 30), Holds("P", "S", 100), Holds("S", "A", 25)]).Screen();
        d.Parents["A"].ShouldBe(["P"]);
    }

    [Fact]
    public void CFR_800_235_the_right_to_half_the_profits_through_two_holdings_makes_a_parent()
    {
        var d = Owned(5, [Corporation("P"), Corporation("S")], [Holds("P", "A", 10, 30), Holds("P", "S", 100), Holds("S", "A", 10, 25)]).Screen();
        d.Parents["A"].ShouldBe(["P"]);
    }

    [Fact]
    public void CFR_800_235_less_than_half_together_is_no_parent_and_a_parent_of_a_parent_is_one()
    {
        var below = Owned(5, [Corporation("P"), Corporation("S")], [Holds("P", "A", 30), Holds("P", "S", 100), Holds("S", "A", 19)]).Screen();
        below.Parents.GetValueOrDefault("A", []).ShouldNotContain("P");

        // Q holds 60% of P, which is A's parent by 30% + 25%: Q is a parent of A too.
        var above = Owned(5, [Corporation("P"), Corporation("S"), Corporation("Q")],
            [Holds("Q", "P", 60), Holds("P", "A", 30), Holds("P", "S", 100), Holds("S", "A", 25)]).Screen();
        above.Parents["A"].ShouldBe(["P", "Q"]);
    }

    [Fact]
    public void CFR_800_244_c_a_parent_by_direct_and_indirect_interest_counts_as_100_percent_further_up()
    {
        // G holds 60% of P; P is A's parent (30% + 25% through S): G holds 60% of A, so the government test is met.
        var d = Owned(30, [Government("G", "CN"), Corporation("P"), Corporation("S")],
            [Holds("G", "P", 60), Holds("P", "A", 30), Holds("P", "S", 100), Holds("S", "A", 25)]).Screen();
        d.SubstantialInterest.GovernmentInInvestorPercent.ShouldBe(60m);
        d.Filing.ShouldBe(Filing.MandatoryDeclaration);
    }

    [Fact]
    public void CFR_800_244_a_a_block_an_agency_holds_is_counted_once_for_its_state()
    {
        // The ministry holds 30% of the agency, which holds 30% of A; the ministry holds 15% of A itself.
        // Together the state holds 45% of A — not 30 + 15 + 30 × 30% = 54%.
        var d = Owned(30, [Government("MINISTRY", "CN"), Government("AGENCY", "CN")],
            [Holds("MINISTRY", "AGENCY", 30), Holds("AGENCY", "A", 30), Holds("MINISTRY", "A", 15)]).Screen();
        d.SubstantialInterest.Government.ShouldBe("CN");
        d.SubstantialInterest.GovernmentInInvestorPercent.ShouldBe(45m);
        d.SubstantialInterest.Present.ShouldBeFalse();
        d.Filing.ShouldBe(Filing.Voluntary);
    }

    [Fact]
    public void CFR_800_244_a_the_governments_of_one_state_hold_together_what_each_holds()
    {
        // A province and the national fund each hold 25% of A: the state holds 50%; a government of another state does not add.
        var d = Owned(30, [Government("PROVINCE", "CN"), Government("FUND", "CN"), Government("OTHER", "RU")],
            [Holds("PROVINCE", "A", 25), Holds("FUND", "A", 25), Holds("OTHER", "A", 20)]).Screen();
        d.SubstantialInterest.Government.ShouldBe("CN");
        d.SubstantialInterest.GovernmentInInvestorPercent.ShouldBe(50m);
        d.Filing.ShouldBe(Filing.MandatoryDeclaration);
    }

    [Fact]
    public void CFR_800_244_a_a_block_held_through_a_company_the_agency_owns_is_counted_once()
    {
        // The ministry owns the agency outright; the agency owns an SOE that holds 40% of A. The state holds 40%, not 80%.
        var d = Owned(30, [Government("MINISTRY", "CN"), Government("AGENCY", "CN"), Corporation("SOE", "CN")],
            [Holds("MINISTRY", "AGENCY", 100), Holds("AGENCY", "SOE", 100), Holds("SOE", "A", 40)]).Screen();
        d.SubstantialInterest.GovernmentInInvestorPercent.ShouldBe(40m);
        d.SubstantialInterest.Present.ShouldBeFalse();
    }

    [Fact]
    public void CFR_800_244_a_and_800_401_b_a_foreign_government_acquiring_itself_holds_all_of_itself()
    {
        var facts = Owned(30, [], []) with
        {
            Parties = [Government("A", "RU")],
        };
        var d = facts.Screen();
        d.SubstantialInterest.Government.ShouldBe("RU");
        d.SubstantialInterest.GovernmentInInvestorPercent.ShouldBe(100m);
        d.Filing.ShouldBe(Filing.MandatoryDeclaration);
        d.FilingBasis.ShouldContain("foreign-government-substantial-interest");
    }

    [Fact]
    public void CFR_800_256_b_a_limited_partner_of_a_fund_directed_by_its_general_partner_does_not_count_for_critical_technology()
    {
        var facts = Owned(15, [Corporation("GP", "FR") with { Kind = PartyKind.GeneralPartner }, new Party { Id = "LP", Name = "LP", Kind = PartyKind.Individual, Nationality = "CN" }],
            [Holds("GP", "A", 0, 1, gp: true), Holds("LP", "A", 40, 40)], new TidFlags { CriticalTechnologies = true });
        facts = facts with
        {
            Parties = [facts.Parties[0] with { Kind = PartyKind.Fund }, .. facts.Parties.Skip(1)],
            Target = facts.Target! with { ExportAuthorizationRequiredFor = ["CN"] },
        };
        facts.Screen().Filing.ShouldBe(Filing.Voluntary);

        // The same holder with 30% of the general partner counts.
        var throughGp = facts with { Ownership = [.. facts.Ownership, Holds("LP", "GP", 30)] };
        var d = throughGp.Screen();
        d.Filing.ShouldBe(Filing.MandatoryDeclaration);
        d.FilingBasis.ShouldBe(["critical-technology-export-authorization"]);

        // A general partner whose own state needs a licence counts itself.
        var chinesePartner = facts with { Parties = [.. facts.Parties.Select(p => p.Id == "GP" ? p with { Nationality = "CN" } : p)] };
        chinesePartner.Screen().FilingBasis.ShouldContain("critical-technology-export-authorization");
    }

    [Fact]
    public void CFR_800_213_c_a_change_from_a_covered_investment_to_control_is_a_covered_change_of_rights()
    {
        var facts = Firrma(after: 8, rights: new Rights { MaterialNonpublicTechnicalInformation = true, ImportantMatters = [ImportantMatter.Facilities] },
            tid: new TidFlags { CriticalTechnologies = true });
        facts = facts with
        {
            Transaction = facts.Transaction! with
            {
                Kind = TransactionKind.ChangeOfRights, VotingPercentBefore = 8,
                RightsBefore = new Rights { MaterialNonpublicTechnicalInformation = true },
            },
        };
        facts.Screen().CoveredTransaction.ShouldBe(CoveredTransaction.CoveredChangeOfRights);
    }

    [Fact]
    public void CFR_800_235_the_ultimate_parent_is_the_top_of_the_investors_parents_and_counts_by_its_country()
    {
        var d = Owned(5, [Corporation("P", "CN"), Corporation("Q", "SG")], [Holds("Q", "P", 60), Holds("P", "A", 80)]).Screen();
        d.UltimateParent.ShouldBe(new UltimateParentOf("Q", "SG"));
        Firrma().Screen().UltimateParent.ShouldBe(new UltimateParentOf("A", "DE"));
        var government = Owned(5, [Government("G", "CN")], [Holds("G", "A", 100)]).Screen();
        government.UltimateParent.ShouldBe(new UltimateParentOf("G", "CN"));
    }
}
