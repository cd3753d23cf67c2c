using System.Text.Json.Serialization;

namespace FdiReview.Domain.Screening;

// The facts of one transaction, in the request shape of the screening contract (v1). A notification
// carries exactly this, so the screening engine reads a filing without any translation. Omitted
// fields take the neutral value; unknown fields are refused so a typo never passes silently.

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record TransactionFacts
{
    public Regime? Regime { get; init; }
    public DateOnly? AsOf { get; init; }
    public IReadOnlyList<Party> Parties { get; init; } = [];
    public IReadOnlyList<OwnershipEdge> Ownership { get; init; } = [];
    public string? Investor { get; init; }
    public Target? Target { get; init; }
    public Transaction? Transaction { get; init; }

    public Party? InvestorParty => Parties.FirstOrDefault(p => p.Id == Investor);
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Party
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public PartyKind? Kind { get; init; }
    public string? Nationality { get; init; }
    public string? PrincipalPlaceOfBusiness { get; init; }
    public string? ForeignGovernmentOf { get; init; }
    public bool ExceptedInvestor { get; init; }
    public FeftaInvestorClass? FeftaInvestorClass { get; init; }
    /// <summary>Optional: the 13-digit corporate number (法人番号) of a Japanese party.</summary>
    public string? CorporateNumber { get; init; }
    /// <summary>Optional: the Japanese trade name (商号), beside the name.</summary>
    public string? JapaneseName { get; init; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OwnershipEdge
{
    public string? Holder { get; init; }
    public string? Entity { get; init; }
    public decimal VotingPercent { get; init; }
    public decimal? ProfitsPercent { get; init; }
    public bool GeneralPartner { get; init; }
    public bool? Controls { get; init; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Target
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Country { get; init; }
    public bool UsBusiness { get; init; }
    public bool Listed { get; init; }
    public TidFlags Tid { get; init; } = new();
    public IReadOnlyList<string> ExportAuthorizationRequiredFor { get; init; } = [];
    public FeftaSector FeftaSector { get; init; } = FeftaSector.NonDesignated;
    public IReadOnlyList<OtherHolder> OtherHolders { get; init; } = [];
    /// <summary>Optional: the 13-digit corporate number (法人番号) of a Japanese target.</summary>
    public string? CorporateNumber { get; init; }
    /// <summary>Optional: the securities code (証券コード) of a listed target.</summary>
    public string? SecuritiesCode { get; init; }
    /// <summary>Optional: the Japanese trade name (商号), beside the name.</summary>
    public string? JapaneseName { get; init; }
}

/// <summary>31 CFR 800.248: what makes a U.S. business a TID U.S. business.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record TidFlags
{
    public bool CriticalTechnologies { get; init; }
    public bool CoveredInvestmentCriticalInfrastructure { get; init; }
    public bool SensitivePersonalData { get; init; }

    public bool Any => CriticalTechnologies || CoveredInvestmentCriticalInfrastructure || SensitivePersonalData;
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OtherHolder
{
    public string? Holder { get; init; }
    public decimal VotingPercent { get; init; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Transaction
{
    public TransactionKind Kind { get; init; } = TransactionKind.Acquisition;
    public decimal VotingPercentBefore { get; init; }
    public decimal VotingPercentAfter { get; init; }
    public IReadOnlyList<string> ActingInConcertWith { get; init; } = [];
    public Rights Rights { get; init; } = new();
    public Rights? RightsBefore { get; init; }
    public bool PassiveInvestment { get; init; }
    public bool PassivityAgreement { get; init; }
    public PriorClearance? PriorClearance { get; init; }
    public IReadOnlyList<FeftaAction> FeftaActions { get; init; } = [];
    public FeftaCommitments FeftaCommitments { get; init; } = new();
    public DateOnly? CompletionDate { get; init; }
}

/// <summary>Every right the investor holds (after the transaction, unless it is <c>rightsBefore</c>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Rights
{
    public int BoardSeats { get; init; }
    public int? BoardSize { get; init; }
    public bool BoardNomination { get; init; }
    public bool BoardObserver { get; init; }
    public IReadOnlyList<ImportantMatter> ImportantMatters { get; init; } = [];
    public IReadOnlyList<MinorityProtection> MinorityProtections { get; init; } = [];
    public IReadOnlyList<string> OtherRights { get; init; } = [];
    public bool MaterialNonpublicTechnicalInformation { get; init; }
    public IReadOnlyList<DecisionMakingArea> SubstantiveDecisionMaking { get; init; } = [];
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PriorClearance
{
    public PriorClearanceKind Kind { get; init; }
    public Rights Rights { get; init; } = new();
}

/// <summary>The FEFTA exemption conditions the investor commits to (Art. 27-2 standards).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FeftaCommitments
{
    public bool NoOfficers { get; init; }
    public bool NoBusinessTransferProposal { get; init; }
    public bool NoNonpublicTechnologyAccess { get; init; }
    public bool NoCoreCommitteeAttendance { get; init; }
    public bool NoDeadlineWrittenProposals { get; init; }
    /// <summary>N6: no access to any non-public information (an extra condition for quasi-specified foreign investors).</summary>
    public bool NoNonpublicInformationAccess { get; init; }
}
