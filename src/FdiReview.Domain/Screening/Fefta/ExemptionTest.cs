namespace FdiReview.Domain.Screening.Fefta;

/// <summary>
/// FEFTA Art. 27-2 (J18–J22, J24, N6; JP-3): the prior-notification exemption for share acquisitions, from the 2019
/// amendment (8 May 2020). Never for "actions", state-owned (unaccredited) or sanctioned investors, or specified
/// foreign investors in a designated sector; never for unlisted core targets (foreign financial institutions
/// included); for listed core targets only below a cap (U, default 10%) for general investors. A quasi-specified
/// foreign investor never for a specified core business, nor from 10% (U) of another core target, and below that
/// only with the extra conditions (U). The investor must commit to the basic conditions, and to the core ones for
/// core targets.
/// </summary>
public static class ExemptionTest
{
    /// <summary>Every condition an investor may commit to, by its key in the request.</summary>
    public static readonly IReadOnlyDictionary<string, Func<FeftaCommitments, bool>> Conditions = new Dictionary<string, Func<FeftaCommitments, bool>>
    {
        ["noOfficers"] = c => c.NoOfficers,
        ["noBusinessTransferProposal"] = c => c.NoBusinessTransferProposal,
        ["noNonpublicTechnologyAccess"] = c => c.NoNonpublicTechnologyAccess,
        ["noCoreCommitteeAttendance"] = c => c.NoCoreCommitteeAttendance,
        ["noDeadlineWrittenProposals"] = c => c.NoDeadlineWrittenProposals,
        ["noNonpublicInformationAccess"] = c => c.NoNonpublicInformationAccess,
    };

    private static readonly string[] Basic = ["noOfficers", "noBusinessTransferProposal", "noNonpublicTechnologyAccess"];
    private static readonly string[] Core = ["noCoreCommitteeAttendance", "noDeadlineWrittenProposals"];

    public static FeftaExemption Run(TransactionFacts facts, FeftaClasses classes, InwardDirectInvestmentTest.Outcome idi,
        ScreeningOptions options, Findings findings)
    {
        var target = facts.Target!;
        var tx = facts.Transaction ?? new Transaction();
        var investorClass = classes.Investor;
        var reasons = new List<string>();

        if (!RuleEditions.Fefta2019.AppliesOn(facts.AsOf))
        {
            reasons.Add("no-exemption-before-2020");
            findings.Add("FEFTA-Art.27-2", "FEFTA Art. 27-2", false, Phrase.Say("fefta.exemption.before-2020"),
                RuleEditions.Fefta2019.VersionOn(facts.AsOf));
            return new FeftaExemption(false, [], reasons);
        }

        if (idi.Actions.Count > 0) reasons.Add("action");
        switch (investorClass)
        {
            case FeftaInvestorClass.StateOwned: reasons.Add("state-owned"); break;
            case FeftaInvestorClass.Sanctioned: reasons.Add("sanctioned"); break;
            case FeftaInvestorClass.SpecifiedForeignInvestor: reasons.Add("specified-foreign-investor"); break;
        }
        var quasi = investorClass == FeftaInvestorClass.QuasiSpecifiedForeignInvestor;
        if (quasi && classes.Sector == FeftaSector.SpecifiedCore) reasons.Add("quasi-specified-specified-core");
        if (classes.Core && !target.Listed) reasons.Add("unlisted-core");
        var cap = options.FeftaCoreListedExemptionCapPercent;
        var capApplies = investorClass != FeftaInvestorClass.ForeignFinancialInstitution;
        if (classes.Core && target.Listed && capApplies && tx.VotingPercentAfter >= cap) reasons.Add("core-cap");
        var quasiCap = options.FeftaQuasiSpecifiedCoreCapPercent;
        if (quasi && classes.Sector == FeftaSector.Core && tx.VotingPercentAfter >= quasiCap) reasons.Add("quasi-specified-core-cap");

        var required = Basic.Concat(classes.Core ? Core : []).Concat(quasi ? options.FeftaQuasiSpecifiedExtraConditions : []).Distinct().ToList();
        var unmet = required.Where(key => !Conditions.TryGetValue(key, out var committed) || !committed(tx.FeftaCommitments)).ToList();
        if (unmet.Count > 0) reasons.Add("conditions-not-committed");

        var available = reasons.Count == 0;
        findings.Add("FEFTA-Art.27-2", "FEFTA Art. 27-2; Cabinet Order Art. 3-2", available,
            available
                ? Phrase.Say(investorClass == FeftaInvestorClass.ForeignFinancialInstitution ? "fefta.exemption.comprehensive" : "fefta.exemption.general",
                    Phrase.Say(classes.Core ? "fefta.conditions.basic-and-core" : "fefta.conditions.basic"),
                    quasi ? Phrase.Say("fefta.conditions.quasi-extra") : "",
                    classes.Core && capApplies ? Phrase.Say("fefta.exemption.below-cap", Percent.Show(quasi ? Math.Min(cap, quasiCap) : cap)) : Phrase.Say("sentence.end"))
                : Phrase.Say("fefta.exemption.unavailable", Phrase.Each(reasons.Select(r => Explain(r, cap, quasiCap, unmet, investorClass)))),
            classes.Version);
        return new FeftaExemption(available, unmet, reasons);
    }

    private static Phrase Explain(string reason, decimal cap, decimal quasiCap, IReadOnlyList<string> unmet, FeftaInvestorClass investorClass) => reason switch
    {
        "quasi-specified-core-cap" => Phrase.Say("fefta.exemption-unavailable.quasi-specified-core-cap", Percent.Show(quasiCap)),
        "unlisted-core" => Phrase.Say(investorClass == FeftaInvestorClass.ForeignFinancialInstitution
            ? "fefta.exemption-unavailable.unlisted-core-financial" : "fefta.exemption-unavailable.unlisted-core"),
        "core-cap" => Phrase.Say("fefta.exemption-unavailable.core-cap", Percent.Show(cap)),
        "conditions-not-committed" => Phrase.Say("fefta.exemption-unavailable.conditions-not-committed",
            Phrase.List(unmet.Select(key => Phrase.Say($"fefta.condition.{key}")))),
        _ => Phrase.Say($"fefta.exemption-unavailable.{reason}"),
    };
}
