using FdiReview.Domain.Screening;

namespace FdiReview.Web.Components.Portal;

/// <summary>
/// What the portal's filing form asks for: a subset of the transaction facts, turned into the same
/// request shape the API takes, so both are checked by the one set of rules.
/// </summary>
public sealed class FilingForm
{
    public Regime Regime { get; set; } = Regime.Firrma;
    public string InvestorName { get; set; } = "";
    public PartyKind InvestorKind { get; set; } = PartyKind.Corporation;
    public string InvestorNationality { get; set; } = "";
    public FeftaInvestorClass FeftaInvestorClass { get; set; } = FeftaInvestorClass.General;
    public string? GovernmentState { get; set; }
    public decimal GovernmentPercent { get; set; }
    public string TargetName { get; set; } = "";
    public string TargetCountry { get; set; } = "US";
    public bool TargetListed { get; set; }
    public FeftaSector FeftaSector { get; set; } = FeftaSector.NonDesignated;
    public bool CriticalTechnologies { get; set; }
    public bool CriticalInfrastructure { get; set; }
    public bool SensitivePersonalData { get; set; }
    public decimal VotingPercentBefore { get; set; }
    public decimal VotingPercentAfter { get; set; }
    public int BoardSeats { get; set; }
    public int? BoardSize { get; set; }
    public bool BoardObserver { get; set; }
    public bool NonpublicTechnicalInformation { get; set; }
    public DateTime? CompletionDate { get; set; }

    private bool HasGovernmentHolder => !string.IsNullOrWhiteSpace(GovernmentState);

    public TransactionFacts ToFacts()
    {
        var investor = new Party
        {
            Id = "investor", Name = InvestorName.Trim(), Kind = InvestorKind, Nationality = Upper(InvestorNationality),
            FeftaInvestorClass = Regime == Regime.Fefta ? FeftaInvestorClass : null,
        };
        var government = Upper(GovernmentState);
        return new TransactionFacts
        {
            Regime = Regime,
            Parties = HasGovernmentHolder
                ? [investor, new Party { Id = "government", Name = $"Government of {government}", Kind = PartyKind.ForeignGovernment, Nationality = government, ForeignGovernmentOf = government }]
                : [investor],
            Ownership = HasGovernmentHolder
                ? [new OwnershipEdge { Holder = "government", Entity = "investor", VotingPercent = GovernmentPercent, ProfitsPercent = GovernmentPercent }]
                : [],
            Investor = "investor",
            Target = new Target
            {
                Id = "target", Name = TargetName.Trim(), Country = Upper(TargetCountry),
                UsBusiness = Regime == Regime.Firrma,
                Listed = Regime == Regime.Fefta && TargetListed,
                FeftaSector = Regime == Regime.Fefta ? FeftaSector : FeftaSector.NonDesignated,
                Tid = Regime == Regime.Firrma
                    ? new TidFlags { CriticalTechnologies = CriticalTechnologies, CoveredInvestmentCriticalInfrastructure = CriticalInfrastructure, SensitivePersonalData = SensitivePersonalData }
                    : new TidFlags(),
            },
            Transaction = new Transaction
            {
                VotingPercentBefore = VotingPercentBefore,
                VotingPercentAfter = VotingPercentAfter,
                Rights = new Rights { BoardSeats = BoardSeats, BoardSize = BoardSize, BoardObserver = BoardObserver, MaterialNonpublicTechnicalInformation = NonpublicTechnicalInformation },
                CompletionDate = CompletionDate is { } date ? DateOnly.FromDateTime(date) : null,
            },
        };
    }

    /// <summary>The form field that shows an error for a path of the facts.</summary>
    public static string FieldOf(string path) => path switch
    {
        "parties[0].name" => nameof(InvestorName),
        "parties[0].nationality" => nameof(InvestorNationality),
        "parties[1].nationality" or "parties[1].foreignGovernmentOf" => nameof(GovernmentState),
        "ownership[0].votingPercent" or "ownership[0].profitsPercent" => nameof(GovernmentPercent),
        "target.name" => nameof(TargetName),
        "target.country" => nameof(TargetCountry),
        "transaction.votingPercentBefore" => nameof(VotingPercentBefore),
        "transaction.votingPercentAfter" => nameof(VotingPercentAfter),
        "transaction.rights.boardSeats" => nameof(BoardSeats),
        "transaction.rights.boardSize" => nameof(BoardSize),
        _ => "",
    };

    /// <summary>Validation errors regrouped by the form field that shows them ("" for the form as a whole).</summary>
    public static Dictionary<string, List<string>> ErrorsByField(IReadOnlyDictionary<string, string[]> errors)
    {
        var byField = new Dictionary<string, List<string>>();
        foreach (var (path, messages) in errors)
        {
            var field = FieldOf(path);
            if (!byField.TryGetValue(field, out var list)) byField[field] = list = [];
            list.AddRange(field == "" ? messages.Select(m => $"{path}: {m}") : messages);
        }
        return byField;
    }

    private static string? Upper(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();
}
