using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Tests.Screening;

/// <summary>
/// The "ladder" that made screening take exponential time: above the investor, each level has two holders, each
/// holding half of both entities of the next level, so the chains from the top double at every level.
/// </summary>
public static class Ladder
{
    public static TransactionFacts Of(int levels)
    {
        var parties = new List<Party>
        {
            new() { Id = "A", Name = "Investor A", Kind = PartyKind.Corporation, Nationality = "CN" },
        };
        var ownership = new List<OwnershipEdge>();
        string Id(int level, char side) => level == levels ? "A" : $"L{level}{side}";
        for (var level = 0; level < levels; level++)
            foreach (var side in "ab")
            {
                parties.Add(level == 0 && side == 'a'
                    ? new Party { Id = Id(0, 'a'), Name = "Government of CN", Kind = PartyKind.ForeignGovernment, Nationality = "CN", ForeignGovernmentOf = "CN" }
                    : new Party { Id = Id(level, side), Name = $"Holding {level}{side}", Kind = PartyKind.Corporation, Nationality = "CN" });
                foreach (var next in level + 1 == levels ? "a" : "ab")
                    ownership.Add(new OwnershipEdge { Holder = Id(level, side), Entity = Id(level + 1, next), VotingPercent = 50 });
            }
        return new TransactionFacts
        {
            Regime = Regime.Firrma,
            Parties = parties,
            Ownership = ownership,
            Investor = "A",
            Target = new Target { Id = "T", Name = "Target T", Country = "US", UsBusiness = true, Tid = new TidFlags { CriticalTechnologies = true } },
            Transaction = new Transaction { VotingPercentAfter = 60 },
        };
    }
}
