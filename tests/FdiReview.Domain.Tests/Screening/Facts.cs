using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Tests.Screening;

/// <summary>Small builders for rule tests: one investor "A" acquiring in target "T".</summary>
public static class Facts
{
    public static TransactionFacts Firrma(decimal after = 10, Rights? rights = null, string nationality = "DE",
        TidFlags? tid = null, bool excepted = false) => new()
    {
        Regime = Regime.Firrma,
        Parties = [new Party { Id = "A", Name = "Corporation A", Kind = PartyKind.Corporation, Nationality = nationality, ExceptedInvestor = excepted }],
        Investor = "A",
        Target = new Target { Id = "T", Name = "Target T", Country = "US", UsBusiness = true, Tid = tid ?? new TidFlags() },
        Transaction = new Transaction { VotingPercentAfter = after, Rights = rights ?? new Rights() },
    };

    public static TransactionFacts Fefta(decimal after, FeftaSector sector, bool listed = true,
        FeftaInvestorClass investorClass = FeftaInvestorClass.General, FeftaCommitments? commitments = null,
        IReadOnlyList<FeftaAction>? actions = null) => new()
    {
        Regime = Regime.Fefta,
        Parties = [new Party { Id = "A", Name = "Investor A", Kind = PartyKind.Corporation, Nationality = "US", FeftaInvestorClass = investorClass }],
        Investor = "A",
        Target = new Target { Id = "T", Name = "Target K.K.", Country = "JP", Listed = listed, FeftaSector = sector },
        Transaction = new Transaction
        {
            Kind = actions is { Count: > 0 } ? TransactionKind.Action : TransactionKind.Acquisition,
            VotingPercentAfter = after,
            VotingPercentBefore = actions is { Count: > 0 } ? after : 0,
            FeftaActions = actions ?? [],
            FeftaCommitments = commitments ?? new FeftaCommitments(),
        },
    };

    public static readonly FeftaCommitments Basic = new() { NoOfficers = true, NoBusinessTransferProposal = true, NoNonpublicTechnologyAccess = true };
    public static readonly FeftaCommitments All = Basic with { NoCoreCommitteeAttendance = true, NoDeadlineWrittenProposals = true };

    public static TransactionFacts WithGovernment(this TransactionFacts facts, string state, decimal percent) => facts with
    {
        Parties = [.. facts.Parties, new Party { Id = "G", Name = $"Government of {state}", Kind = PartyKind.ForeignGovernment, Nationality = state, ForeignGovernmentOf = state }],
        Ownership = [.. facts.Ownership, new OwnershipEdge { Holder = "G", Entity = "A", VotingPercent = percent }],
    };

    public static Determination Screen(this TransactionFacts facts, ScreeningOptions? options = null) => ScreeningEngine.Screen(facts, options);

    public static Finding Finding(this Determination d, string rule) => d.Findings.Single(f => f.Rule == rule);
}
