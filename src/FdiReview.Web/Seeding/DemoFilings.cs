using FdiReview.Domain.Screening;

namespace FdiReview.Web.Seeding;

/// <summary>Twelve plausible filings: state-owned and private investors, FEFTA and FIRRMA, several sectors.</summary>
public static class DemoFilings
{
    public static IReadOnlyList<(string User, TransactionFacts Facts)> All =>
    [
        ("investor-a", Firrma("Harbour Lane Semiconductor Fund", "HK", "Cascade Photonics Inc.", 35, critical: true, boardSeats: 2, boardSize: 7, government: "CN", govPercent: 60)),
        ("investor-a", Fefta("Harbour Lane Capital Ltd", "HK", "Tohoku Precision Bearings K.K.", 4.5m, listed: true, FeftaSector.Core)),
        ("investor-a", Firrma("Harbour Lane Health Data LLC", "HK", "MedRecord Analytics Corp.", 12, personalData: true, observer: true)),
        ("investor-a", Fefta("Harbour Lane Infrastructure Partners", "SG", "Setouchi Water Services K.K.", 100, listed: false, FeftaSector.Core, government: "CN", govPercent: 51)),
        ("investor-a", Firrma("Harbour Lane Logistics", "HK", "Great Lakes Freight Software Inc.", 8)),
        ("investor-a", Fefta("Harbour Lane Capital Ltd", "HK", "Kansai Retail Holdings K.K.", 2, listed: true, FeftaSector.NonDesignated)),
        ("investor-b", Firrma("Rhein Technologie Beteiligungen GmbH", "DE", "Aurora Battery Systems Inc.", 51, critical: true, boardSeats: 4, boardSize: 7)),
        ("investor-b", Fefta("Rhein Technologie Beteiligungen GmbH", "DE", "Nagoya Aerospace Components K.K.", 9.8m, listed: true, FeftaSector.Core)),
        ("investor-b", Firrma("Rhein Cloud Services AG", "DE", "Prairie Grid Operations LLC", 20, infrastructure: true, observer: true)),
        ("investor-b", Fefta("Rhein Technologie Beteiligungen GmbH", "DE", "Hokkaido Software Labs K.K.", 30, listed: false, FeftaSector.Designated)),
        ("investor-b", Firrma("Rhein Industrial Holdings SE", "DE", "Keystone Robotics Corp.", 100, critical: true, boardSeats: 5, boardSize: 5)),
        ("investor-b", Fefta("Rhein Pension Asset Management", "DE", "Kyushu Telecom Networks K.K.", 1.2m, listed: true, FeftaSector.Designated)),
    ];

    private static TransactionFacts Firrma(string investor, string nationality, string target, decimal after,
        bool critical = false, bool personalData = false, bool infrastructure = false, bool observer = false,
        int boardSeats = 0, int? boardSize = null, string? government = null, decimal govPercent = 0) => new()
    {
        Regime = Regime.Firrma,
        Parties = Parties(investor, nationality, government),
        Ownership = government is null ? [] : [new OwnershipEdge { Holder = "GOV", Entity = "INV", VotingPercent = govPercent, ProfitsPercent = govPercent }],
        Investor = "INV",
        Target = new Target
        {
            Id = "TGT", Name = target, Country = "US", UsBusiness = true,
            Tid = new TidFlags { CriticalTechnologies = critical, SensitivePersonalData = personalData, CoveredInvestmentCriticalInfrastructure = infrastructure },
        },
        Transaction = new Transaction
        {
            VotingPercentAfter = after,
            Rights = new Rights { BoardSeats = boardSeats, BoardSize = boardSize, BoardObserver = observer },
            CompletionDate = DateOnly.FromDateTime(DateTime.UtcNow.Date.AddDays(60)),
        },
    };

    private static TransactionFacts Fefta(string investor, string nationality, string target, decimal after, bool listed,
        FeftaSector sector, string? government = null, decimal govPercent = 0) => new()
    {
        Regime = Regime.Fefta,
        Parties = Parties(investor, nationality, government, government is null ? FeftaInvestorClass.General : FeftaInvestorClass.StateOwned),
        Ownership = government is null ? [] : [new OwnershipEdge { Holder = "GOV", Entity = "INV", VotingPercent = govPercent, ProfitsPercent = govPercent }],
        Investor = "INV",
        Target = new Target { Id = "TGT", Name = target, Country = "JP", Listed = listed, FeftaSector = sector },
        Transaction = new Transaction
        {
            VotingPercentAfter = after,
            FeftaCommitments = new FeftaCommitments { NoOfficers = true, NoBusinessTransferProposal = true, NoNonpublicTechnologyAccess = true },
            CompletionDate = DateOnly.FromDateTime(DateTime.UtcNow.Date.AddDays(45)),
        },
    };

    private static IReadOnlyList<Party> Parties(string investor, string nationality, string? government,
        FeftaInvestorClass? feftaClass = null)
    {
        var investorParty = new Party { Id = "INV", Name = investor, Kind = PartyKind.Corporation, Nationality = nationality, FeftaInvestorClass = feftaClass };
        return government is null
            ? [investorParty]
            : [investorParty, new Party { Id = "GOV", Name = $"Government of {government}", Kind = PartyKind.ForeignGovernment, Nationality = government, ForeignGovernmentOf = government }];
    }
}
