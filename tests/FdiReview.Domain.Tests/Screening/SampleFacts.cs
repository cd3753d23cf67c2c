using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Tests.Screening;

/// <summary>A minimal, valid FIRRMA filing to vary in tests.</summary>
public static class SampleFacts
{
    public static TransactionFacts Firrma() => new()
    {
        Regime = Regime.Firrma,
        Parties = [new Party { Id = "A", Name = "Corporation A", Kind = PartyKind.Corporation, Nationality = "CN" }],
        Investor = "A",
        Target = new Target { Id = "B", Name = "Corporation B", Country = "US", UsBusiness = true },
        Transaction = new Transaction { VotingPercentAfter = 13 },
    };
}
