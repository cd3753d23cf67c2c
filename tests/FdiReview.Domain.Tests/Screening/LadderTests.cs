using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Tests.Screening;

/// <summary>
/// Finding 1 of the attack report (issue 14): a "ladder" of holders made screening take time doubling per level.
/// Interests through chains that fan out and meet again are now worked out once per party; cycles and oversized
/// graphs are refused by the shape rules.
/// </summary>
public class LadderTests
{
    [Fact]
    public void A_hundred_level_ladder_screens_and_traces_the_government_to_all_of_the_investor_31_CFR_800_244()
    {
        var facts = Ladder.Of(100);
        TransactionFactsValidation.Validate(facts).ShouldBeEmpty();

        var determination = ScreeningEngine.Screen(facts);

        // Each holder of half of the next level is its parent (800.235), so the government's chains carry 100%.
        determination.SubstantialInterest.GovernmentInInvestorPercent.ShouldBe(100m);
        determination.Filing.ShouldBe(Filing.MandatoryDeclaration);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Remembered_interests_equal_every_chain_enumerated_800_244_c(int seed)
    {
        var random = new Random(seed);
        var ids = Enumerable.Range(0, 8).Select(i => $"P{i}").ToArray();
        var edges = new List<OwnershipEdge>();
        for (var i = 0; i < ids.Length; i++)
            for (var j = i + 1; j < ids.Length; j++) // holders only of later parties: no cycles
                if (random.NextDouble() < 0.45)
                    edges.Add(new OwnershipEdge { Holder = ids[i], Entity = ids[j], VotingPercent = random.Next(1, 100) });
        var facts = new TransactionFacts
        {
            Regime = Regime.Firrma,
            Parties = [.. ids.Select(id => new Party { Id = id, Name = id, Kind = PartyKind.Corporation, Nationality = "CN" })],
            Ownership = edges,
            Investor = ids[^1],
            Target = new Target { Id = "T", Name = "T", Country = "US", UsBusiness = true },
            Transaction = new Transaction { VotingPercentAfter = 20 },
        };
        var graph = new OwnershipGraph(facts);

        foreach (var holder in ids)
            foreach (var entity in ids.Where(e => e != holder))
                graph.IndirectVotingInterest(holder, entity).ShouldBe(EveryChain(new OwnershipGraph(facts), holder, entity), $"{holder} in {entity}");
    }

    [Fact]
    public void A_cycle_of_ownership_is_refused_naming_the_holding_that_closes_it()
    {
        var facts = SampleFacts.Firrma() with
        {
            Parties = [.. SampleFacts.Firrma().Parties, new Party { Id = "P", Name = "Parent", Kind = PartyKind.Corporation, Nationality = "CN" }],
            Ownership = [new OwnershipEdge { Holder = "P", Entity = "A", VotingPercent = 60 }, new OwnershipEdge { Holder = "A", Entity = "P", VotingPercent = 10 }],
        };
        var errors = TransactionFactsValidation.Validate(facts);
        errors.Keys.ShouldHaveSingleItem().ShouldBe("ownership[1]");
        errors["ownership[1]"].Single().ShouldContain("cycle of ownership (P → A → P)");
    }

    [Fact]
    public void Graphs_beyond_the_documented_limits_are_refused_by_the_field()
    {
        var many = SampleFacts.Firrma() with
        {
            Parties = [.. Enumerable.Range(0, 10_000).Select(i => new Party { Id = $"P{i}", Name = $"P{i}", Kind = PartyKind.Corporation, Nationality = "CN" })],
        };
        TransactionFactsValidation.Validate(many).Keys.ShouldBe(["parties"]);
        TransactionFactsValidation.Validate(Ladder.Of(ScreeningLimits.MaxChainDepth + 1)).Keys.ShouldContain("ownership");
    }

    /// <summary>The first version's reading of 800.244(c): every chain walked separately (exponential, kept here as the reference).</summary>
    private static decimal EveryChain(OwnershipGraph graph, string holder, string entity)
    {
        decimal Through(string from, HashSet<string> visited)
        {
            var share = 0m;
            foreach (var h in graph.HoldingsOf(from))
            {
                var factor = graph.IsDirectParent(from, h.Entity) ? 1m : h.VotingPercent / 100m;
                if (h.Entity == entity) share += factor;
                else if (visited.Add(h.Entity))
                {
                    share += factor * Through(h.Entity, visited);
                    visited.Remove(h.Entity);
                }
            }
            return Math.Min(1m, share);
        }
        var total = graph.HoldingsOf(holder).Sum(h => h.Entity == entity ? h.VotingPercent : h.VotingPercent * Through(h.Entity, [holder, h.Entity]));
        return Math.Min(100m, Math.Max(0m, total));
    }
}
