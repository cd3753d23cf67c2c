using FdiReview.Web.Localization;
using System.Text.Json.Serialization;
using FdiReview.Domain.Screening;

namespace FdiReview.Web.Components.Portal;

/// <summary>
/// What the filing wizard (and the what-if form) asks for, turned into the same request shape the API
/// takes, so both are checked by the one set of rules. Saved as it is in drafts. Numbers are kept as typed
/// (<see cref="TypedNumber"/>): "150" or "seventy" stays in its field with the reason it is refused.
/// </summary>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed class FilingForm
{
    public Regime Regime { get; set; } = Regime.Firrma;

    // Investor and ownership chain
    public string InvestorName { get; set; } = "";
    public PartyKind InvestorKind { get; set; } = PartyKind.Corporation;
    public string InvestorNationality { get; set; } = "";
    public string? PrincipalPlaceOfBusiness { get; set; }
    public FeftaInvestorClass FeftaInvestorClass { get; set; } = FeftaInvestorClass.General;
    public bool ExceptedInvestor { get; set; }
    public string InvestorJapaneseName { get; set; } = "";
    public string InvestorCorporateNumber { get; set; } = "";
    public List<HolderRow> Holders { get; set; } = [];

    // Target business
    public string TargetName { get; set; } = "";
    public string TargetCountry { get; set; } = "US";
    public bool TargetListed { get; set; }
    public string TargetJapaneseName { get; set; } = "";
    public string TargetCorporateNumber { get; set; } = "";
    public string TargetSecuritiesCode { get; set; } = "";
    public FeftaSector FeftaSector { get; set; } = FeftaSector.NonDesignated;
    public bool CriticalTechnologies { get; set; }
    public bool CriticalInfrastructure { get; set; }
    public bool SensitivePersonalData { get; set; }

    // Transaction
    public TransactionKind TransactionKind { get; set; } = TransactionKind.Acquisition;
    [JsonConverter(typeof(TypedNumber))] public string VotingPercentBefore { get; set; } = "";
    [JsonConverter(typeof(TypedNumber))] public string VotingPercentAfter { get; set; } = "";
    [JsonConverter(typeof(TypedNumber))] public string BoardSeats { get; set; } = "";
    /// <summary>Empty when unknown.</summary>
    [JsonConverter(typeof(TypedNumber))] public string BoardSize { get; set; } = "";
    public bool BoardObserver { get; set; }
    public bool BoardNomination { get; set; }
    public bool NonpublicTechnicalInformation { get; set; }
    public HashSet<ImportantMatter> ImportantMatters { get; set; } = [];
    public HashSet<DecisionMakingArea> DecisionMaking { get; set; } = [];
    public bool PassiveInvestment { get; set; }
    public HashSet<FeftaAction> FeftaActions { get; set; } = [];
    public DateTime? CompletionDate { get; set; }
    [JsonConverter(typeof(TypedNumber))] public string InvestmentValue { get; set; } = "";
    public string Currency { get; set; } = "";

    // FEFTA exemption conditions (Art. 27-2)
    public bool NoOfficers { get; set; }
    public bool NoBusinessTransferProposal { get; set; }
    public bool NoNonpublicTechnologyAccess { get; set; }
    public bool NoCoreCommitteeAttendance { get; set; }
    public bool NoDeadlineWrittenProposals { get; set; }
    public bool NoNonpublicInformationAccess { get; set; }

    /// <summary>The investor declares the information true and complete; not part of the facts, required to file.</summary>
    public bool Declared { get; set; }

    public TransactionFacts ToFacts()
    {
        var investor = new Party
        {
            Id = "investor", Name = InvestorName.Trim(), Kind = InvestorKind, Nationality = Upper(InvestorNationality),
            PrincipalPlaceOfBusiness = Upper(PrincipalPlaceOfBusiness), ExceptedInvestor = Regime == Regime.Firrma && ExceptedInvestor,
            FeftaInvestorClass = Regime == Regime.Fefta ? FeftaInvestorClass : null,
            JapaneseName = Optional(InvestorJapaneseName), CorporateNumber = Optional(InvestorCorporateNumber),
        };
        var holders = Holders.Select((h, i) => h.ToParty($"holder-{i + 1}")).ToList();
        return new TransactionFacts
        {
            Regime = Regime,
            Parties = [investor, .. holders],
            Ownership = Holders.Select((h, i) => new OwnershipEdge
            {
                Holder = $"holder-{i + 1}", Entity = "investor", VotingPercent = TypedNumber.Decimal(h.VotingPercent) ?? 0,
                ProfitsPercent = TypedNumber.Decimal(h.VotingPercent) ?? 0, GeneralPartner = h.GeneralPartner,
            }).ToList(),
            Investor = "investor",
            Target = new Target
            {
                Id = "target", Name = TargetName.Trim(), Country = Upper(TargetCountry),
                UsBusiness = Regime == Regime.Firrma,
                Listed = Regime == Regime.Fefta && TargetListed,
                FeftaSector = Regime == Regime.Fefta ? FeftaSector : FeftaSector.NonDesignated,
                JapaneseName = Optional(TargetJapaneseName), CorporateNumber = Optional(TargetCorporateNumber),
                SecuritiesCode = Regime == Regime.Fefta && TargetListed ? Optional(TargetSecuritiesCode)?.ToUpperInvariant() : null,
                Tid = Regime == Regime.Firrma
                    ? new TidFlags { CriticalTechnologies = CriticalTechnologies, CoveredInvestmentCriticalInfrastructure = CriticalInfrastructure, SensitivePersonalData = SensitivePersonalData }
                    : new TidFlags(),
            },
            Transaction = new Transaction
            {
                Kind = TransactionKind,
                VotingPercentBefore = TypedNumber.Decimal(VotingPercentBefore) ?? 0,
                VotingPercentAfter = TypedNumber.Decimal(VotingPercentAfter) ?? 0,
                Rights = new Rights
                {
                    BoardSeats = TypedNumber.Whole(BoardSeats) ?? 0, BoardSize = TypedNumber.Whole(BoardSize), BoardObserver = BoardObserver, BoardNomination = BoardNomination,
                    MaterialNonpublicTechnicalInformation = NonpublicTechnicalInformation,
                    ImportantMatters = ImportantMatters.Order().ToList(),
                    SubstantiveDecisionMaking = DecisionMaking.Order().ToList(),
                },
                PassiveInvestment = Regime == Regime.Firrma && PassiveInvestment,
                FeftaActions = Regime == Regime.Fefta ? FeftaActions.Order().ToList() : [],
                FeftaCommitments = Regime == Regime.Fefta
                    ? new FeftaCommitments
                    {
                        NoOfficers = NoOfficers, NoBusinessTransferProposal = NoBusinessTransferProposal, NoNonpublicTechnologyAccess = NoNonpublicTechnologyAccess,
                        NoCoreCommitteeAttendance = NoCoreCommitteeAttendance, NoDeadlineWrittenProposals = NoDeadlineWrittenProposals,
                        NoNonpublicInformationAccess = NoNonpublicInformationAccess,
                    }
                    : new FeftaCommitments(),
                CompletionDate = CompletionDate is { } date ? DateOnly.FromDateTime(date) : null,
            },
        };
    }

    /// <summary>The value of the investment, once both the amount and the currency are given.</summary>
    public Domain.Notifications.InvestmentValue? ToValue() =>
        TypedNumber.Decimal(InvestmentValue) is { } amount && Currency.Length > 0 ? new Domain.Notifications.InvestmentValue(amount, Currency) : null;

    /// <summary>
    /// Everything wrong with the form, by form field: text typed where a number belongs, the facts' own rules, and the
    /// value of the investment (required to file, though the API lets a filer leave it out; what-if screening needs none).
    /// </summary>
    public Dictionary<string, List<string>> Problems(bool valueRequired = true)
    {
        var byField = ErrorsByField(TransactionFactsValidation.Validate(ToFacts()));
        void Refuse(string field, string message) => byField[field] = [message];

        if (ToValue() is { } value)
            foreach (var (path, messages) in Domain.Notifications.InvestmentValue.Problems(value, ""))
                Refuse(path == "amount" ? nameof(InvestmentValue) : nameof(Currency), string.Join(" ", messages));
        if (valueRequired && InvestmentValue.Trim().Length == 0) Refuse(nameof(InvestmentValue), Domain.Glossary.Word("invalid.value-required"));
        if ((valueRequired || InvestmentValue.Trim().Length > 0) && Currency.Length == 0) Refuse(nameof(Currency), Domain.Glossary.Word("invalid.currency-required"));

        // The pickers keep ISO codes; a person who picked none is asked for a country, not a code.
        if (string.IsNullOrWhiteSpace(InvestorNationality)) Refuse(nameof(InvestorNationality), Domain.Glossary.Word("invalid.choose-country"));
        if (string.IsNullOrWhiteSpace(TargetCountry)) Refuse(nameof(TargetCountry), Domain.Glossary.Word("invalid.choose-country"));
        for (var i = 0; i < Holders.Count; i++)
            if (string.IsNullOrWhiteSpace(Holders[i].Nationality)) Refuse($"Holders[{i}].{nameof(HolderRow.Nationality)}", Domain.Glossary.Word("invalid.choose-country"));

        // Unreadable text outranks whatever the rules made of the field's neutral value.
        foreach (var (field, text, whole) in Numbers())
            if (TypedNumber.Problem(text, whole) is { } problem) Refuse(field, problem);
        return byField;
    }

    private IEnumerable<(string Field, string Text, bool Whole)> Numbers()
    {
        yield return (nameof(VotingPercentBefore), VotingPercentBefore, false);
        yield return (nameof(VotingPercentAfter), VotingPercentAfter, false);
        yield return (nameof(BoardSeats), BoardSeats, true);
        yield return (nameof(BoardSize), BoardSize, true);
        yield return (nameof(InvestmentValue), InvestmentValue, false);
        for (var i = 0; i < Holders.Count; i++) yield return ($"Holders[{i}].{nameof(HolderRow.VotingPercent)}", Holders[i].VotingPercent, false);
    }

    /// <summary>What a person calls a form field, and the id of its input (for the error summary's links and focus).</summary>
    public static (string Label, string InputId) Describe(string field)
    {
        var holder = System.Text.RegularExpressions.Regex.Match(field, @"^Holders\[(\d+)\]\.(\w+)$");
        if (holder.Success)
        {
            var row = int.Parse(holder.Groups[1].Value);
            return holder.Groups[2].Value switch
            {
                nameof(HolderRow.Name) => (Ui.Word("Field.HolderName", row + 1), $"holder-{row}-name"),
                nameof(HolderRow.Nationality) => (Ui.Word("Field.HolderNationality", row + 1), $"holder-{row}-nationality"),
                _ => (Ui.Word("Field.HolderPercent", row + 1), $"holder-{row}-percent"),
            };
        }
        return field switch
        {
            nameof(InvestorName) => (Ui.Word("Field.InvestorName"), "investorName"),
            nameof(InvestorNationality) => (Ui.Word("Field.InvestorNationality"), "investorNationality"),
            nameof(PrincipalPlaceOfBusiness) => (Ui.Word("Field.PrincipalPlaceOfBusiness"), "principalPlaceOfBusiness"),
            nameof(TargetName) => (Ui.Word("Field.TargetName"), "targetName"),
            nameof(TargetCountry) => (Ui.Word("Field.TargetCountry"), "targetCountry"),
            nameof(InvestorJapaneseName) => (Ui.Word("Field.InvestorJapaneseName"), "investorJapaneseName"),
            nameof(InvestorCorporateNumber) => (Ui.Word("Field.InvestorCorporateNumber"), "investorCorporateNumber"),
            nameof(TargetJapaneseName) => (Ui.Word("Field.TargetJapaneseName"), "targetJapaneseName"),
            nameof(TargetCorporateNumber) => (Ui.Word("Field.TargetCorporateNumber"), "targetCorporateNumber"),
            nameof(TargetSecuritiesCode) => (Ui.Word("Field.TargetSecuritiesCode"), "targetSecuritiesCode"),
            nameof(VotingPercentBefore) => (Ui.Word("Field.VotingPercentBefore"), "votingBefore"),
            nameof(VotingPercentAfter) => (Ui.Word("Field.VotingPercentAfter"), "votingAfter"),
            nameof(BoardSeats) => (Ui.Word("Field.BoardSeats"), "boardSeats"),
            nameof(BoardSize) => (Ui.Word("Field.BoardSize"), "boardSize"),
            nameof(InvestmentValue) => (Ui.Word("Field.InvestmentValue"), "investmentValue"),
            nameof(Currency) => (Ui.Word("Field.Currency"), "currency"),
            _ => (Ui.Word("Field.TheFiling"), ""),
        };
    }

    /// <summary>The form field that shows an error for a path of the facts; "" for the form as a whole.</summary>
    public static string FieldOf(string path) => path switch
    {
        "parties[0].name" => nameof(InvestorName),
        "parties[0].nationality" => nameof(InvestorNationality),
        "parties[0].principalPlaceOfBusiness" => nameof(PrincipalPlaceOfBusiness),
        "target.name" => nameof(TargetName),
        "target.country" => nameof(TargetCountry),
        "parties[0].japaneseName" => nameof(InvestorJapaneseName),
        "parties[0].corporateNumber" => nameof(InvestorCorporateNumber),
        "target.japaneseName" => nameof(TargetJapaneseName),
        "target.corporateNumber" => nameof(TargetCorporateNumber),
        "target.securitiesCode" => nameof(TargetSecuritiesCode),
        "transaction.votingPercentBefore" => nameof(VotingPercentBefore),
        "transaction.votingPercentAfter" => nameof(VotingPercentAfter),
        "transaction.rights.boardSeats" => nameof(BoardSeats),
        "transaction.rights.boardSize" => nameof(BoardSize),
        _ when HolderField(path) is { } field => field,
        _ => "",
    };

    /// <summary>parties[n] (n ≥ 1) and ownership[n-1] are the holder rows.</summary>
    private static string? HolderField(string path)
    {
        var match = System.Text.RegularExpressions.Regex.Match(path, @"^(parties|ownership)\[(\d+)\]\.(\w+)$");
        if (!match.Success) return null;
        var row = int.Parse(match.Groups[2].Value) - (match.Groups[1].Value == "parties" ? 1 : 0);
        var field = match.Groups[3].Value switch
        {
            "name" => nameof(HolderRow.Name),
            "nationality" or "foreignGovernmentOf" => nameof(HolderRow.Nationality),
            "votingPercent" or "profitsPercent" => nameof(HolderRow.VotingPercent),
            _ => null,
        };
        return row >= 0 && field is not null ? $"Holders[{row}].{field}" : null;
    }

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

    /// <summary>An optional answer: null when left empty, trimmed otherwise (never otherwise changed).</summary>
    internal static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    internal static string? Upper(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();
}

/// <summary>One holder of the investor: a company, fund, individual, general partner or a foreign government.</summary>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed class HolderRow
{
    public string Name { get; set; } = "";
    public PartyKind Kind { get; set; } = PartyKind.Corporation;
    /// <summary>Nationality; for a foreign government, the state.</summary>
    public string Nationality { get; set; } = "";
    [JsonConverter(typeof(TypedNumber))] public string VotingPercent { get; set; } = "";
    public bool GeneralPartner { get; set; }

    public Party ToParty(string id)
    {
        var state = FilingForm.Upper(Nationality);
        return new Party
        {
            Id = id, Name = Name.Trim(), Kind = Kind, Nationality = state,
            ForeignGovernmentOf = Kind == PartyKind.ForeignGovernment ? state : null,
        };
    }
}
