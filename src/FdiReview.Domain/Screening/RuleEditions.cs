namespace FdiReview.Domain.Screening;

/// <summary>
/// A rule that came into force on a date. It applies to facts judged on or after that date — the request's
/// <c>asOf</c>; without one, the rules in force now — and the finding names the edition it applied.
/// </summary>
public sealed record RuleEdition(string Name, DateOnly InForceFrom, string Source)
{
    public bool AppliesOn(DateOnly? judgedOn) => judgedOn is not { } day || day >= InForceFrom;

    /// <summary>What a finding says about the rule it applied; <see cref="Name"/> is its key in <c>findings.tsv</c>.</summary>
    public Phrase VersionOn(DateOnly? judgedOn) => AppliesOn(judgedOn)
        ? Phrase.Say("edition.applied", Phrase.Say(Name), Phrase.Day(InForceFrom))
        : Phrase.Say("edition.before", Phrase.Say(Name), Phrase.Day(InForceFrom), Phrase.Day(judgedOn));
}

/// <summary>Every dated rule of the engine, each with its start date stated once, here, and its source.</summary>
public static class RuleEditions
{
    /// <summary>31 CFR Part 800 as rewritten under FIRRMA: covered investments exist for investments on or after 13 Feb 2020 (U6).</summary>
    public static readonly RuleEdition Part800 = new("edition.part-800", new(2020, 2, 13),
        "85 FR 3112 (17 Jan 2020); 31 CFR 800.211");

    /// <summary>FEFTA 2019 amendment (J2, J3, J18): the 1% threshold for listed companies and the exemption, in force 8 May 2020.</summary>
    public static readonly RuleEdition Fefta2019 = new("edition.fefta-2019", new(2020, 5, 8),
        "Act No. 60 of 2019, promulgated 29 Nov 2019, in force 8 May 2020");

    /// <summary>FEFTA 2025 amendment (J24, N6): specified and quasi-specified foreign investors, specified core businesses.</summary>
    public static readonly RuleEdition Fefta2025 = new("edition.fefta-2025", new(2025, 5, 19),
        "promulgated 4 Apr 2025, in force 19 May 2025; MOF「ファイナンス」2025年4月号 pp. 35–38");
}

/// <summary>A list that changes over time (excepted foreign states): each edition from its date until the next.</summary>
public sealed record DatedList
{
    public DateOnly From { get; init; }
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>The edition in force on the day (the latest without one); none before the first.</summary>
    public static DatedList? InForce(IEnumerable<DatedList> editions, DateOnly? judgedOn) =>
        editions.Where(e => judgedOn is not { } day || e.From <= day).MaxBy(e => e.From);
}
