using System.Text.Json.Serialization;

namespace FdiReview.Domain.Screening;

// The determination of the screening contract (v1): what the engine decided and, in Findings, why.

public sealed record Determination
{
    public required Regime Regime { get; init; }
    public required bool ForeignPerson { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Parents { get; init; }
    public required ControlDetermination Control { get; init; }
    public CoveredTransaction? CoveredTransaction { get; init; }
    public required IReadOnlyList<NonControlTrigger> NonControlTriggers { get; init; }
    public required SubstantialInterest SubstantialInterest { get; init; }
    public required Filing Filing { get; init; }
    public required IReadOnlyList<string> FilingBasis { get; init; }
    public FeftaExemption? Exemption { get; init; }
    public required Priority Priority { get; init; }
    public required IReadOnlyList<Finding> Findings { get; init; }
    /// <summary>The filing requirement in one sentence, for the what-if page and the case page.</summary>
    public required string Summary { get; init; }
    /// <summary>The summary as template and facts, to be read in either language (none in determinations stored before it).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Phrase? SummaryWords { get; init; }

    [JsonIgnore] public string SummarySaid => SummaryWords?.ToString() ?? Summary;
    /// <summary>Who stands at the top of the investor's parents, and its country (statistics count by it).</summary>
    public UltimateParentOf? UltimateParent { get; init; }
}

public sealed record UltimateParentOf(string Id, string? Country);

public sealed record ControlDetermination(bool Conferred, IReadOnlyList<string> Basis, bool CaseByCase);

/// <summary>31 CFR 800.244: the investor's interest in the target and a foreign state's interest in the investor.</summary>
public sealed record SubstantialInterest(
    decimal InvestorInTargetPercent,
    string? Government,
    decimal GovernmentInInvestorPercent,
    bool Present);

public sealed record FeftaExemption(bool Available, IReadOnlyList<string> UnmetConditions, IReadOnlyList<string> Reasons);

public sealed record Priority(int Score, PriorityBand Band, IReadOnlyList<PriorityFactor> Factors);

public sealed record PriorityFactor(string Factor, int Points, string Reason)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Phrase? Words { get; init; }

    /// <summary>A factor whose reason is kept in words as well, for either language.</summary>
    public static PriorityFactor Because(string factor, int points, Phrase reason) => new(factor, points, reason.In(japanese: false)) { Words = reason };

    /// <summary>The reason in the reader's language.</summary>
    [JsonIgnore] public string Said => Words?.ToString() ?? Reason;
}

/// <summary>One rule as evaluated: whether it held, and which facts made it hold or fail; <c>Version</c> names the edition
/// of a dated rule that was applied (<see cref="RuleEdition"/>). The English texts are the contract's; the words are
/// what the pages read, in the reader's language.</summary>
public sealed record Finding(string Rule, string Citation, bool Holds, string Explanation, string? Version = null)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Phrase? Words { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Phrase? VersionWords { get; init; }

    [JsonIgnore] public string ExplanationSaid => Words?.ToString() ?? Explanation;

    [JsonIgnore] public string? VersionSaid => VersionWords?.ToString() ?? Version;
}

[JsonConverter(typeof(KebabCaseEnum<CoveredTransaction>))]
public enum CoveredTransaction { CoveredControlTransaction, CoveredInvestment, CoveredChangeOfRights, NotCovered }

[JsonConverter(typeof(KebabCaseEnum<NonControlTrigger>))]
public enum NonControlTrigger { Mnpti, Board, SubstantiveDecisionMaking }

[JsonConverter(typeof(KebabCaseEnum<Filing>))]
public enum Filing
{
    MandatoryDeclaration, Voluntary, NotRequired,
    PriorNotification, ExemptWithPostInvestmentReport, PostInvestmentReport,
}

[JsonConverter(typeof(KebabCaseEnum<PriorityBand>))]
public enum PriorityBand { Low, Medium, High }
