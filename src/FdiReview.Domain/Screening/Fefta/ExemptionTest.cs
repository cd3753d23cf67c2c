namespace FdiReview.Domain.Screening.Fefta;

/// <summary>
/// FEFTA Art. 27-2 (J18–J22, J24; JP-3): the prior-notification exemption for share acquisitions. Never for
/// "actions", state-owned (unaccredited) or sanctioned investors, or specified foreign investors in a
/// designated sector; never for unlisted core targets (foreign financial institutions included); for listed
/// core targets only below a cap (U, default 10%) for general investors. The investor must commit to the
/// basic conditions, and to the core ones for core targets.
/// </summary>
public static class ExemptionTest
{
    private static readonly (string Key, Func<FeftaCommitments, bool> Committed)[] Basic =
    [
        ("noOfficers", c => c.NoOfficers),
        ("noBusinessTransferProposal", c => c.NoBusinessTransferProposal),
        ("noNonpublicTechnologyAccess", c => c.NoNonpublicTechnologyAccess),
    ];

    private static readonly (string Key, Func<FeftaCommitments, bool> Committed)[] Core =
    [
        ("noCoreCommitteeAttendance", c => c.NoCoreCommitteeAttendance),
        ("noDeadlineWrittenProposals", c => c.NoDeadlineWrittenProposals),
    ];

    public static FeftaExemption Run(TransactionFacts facts, InwardDirectInvestmentTest.Outcome idi, ScreeningOptions options, Findings findings)
    {
        var target = facts.Target!;
        var tx = facts.Transaction ?? new Transaction();
        var investorClass = facts.InvestorParty?.FeftaInvestorClass ?? FeftaInvestorClass.General;
        var core = target.FeftaSector == FeftaSector.Core;
        var reasons = new List<string>();

        if (idi.Actions.Count > 0) reasons.Add("action");
        switch (investorClass)
        {
            case FeftaInvestorClass.StateOwned: reasons.Add("state-owned"); break;
            case FeftaInvestorClass.Sanctioned: reasons.Add("sanctioned"); break;
            case FeftaInvestorClass.SpecifiedForeignInvestor: reasons.Add("specified-foreign-investor"); break;
        }
        if (core && !target.Listed) reasons.Add("unlisted-core");
        var cap = options.FeftaCoreListedExemptionCapPercent;
        var capApplies = investorClass != FeftaInvestorClass.ForeignFinancialInstitution;
        if (core && target.Listed && capApplies && tx.VotingPercentAfter >= cap) reasons.Add("core-cap");

        var required = core ? Basic.Concat(Core) : Basic;
        var unmet = required.Where(c => !c.Committed(tx.FeftaCommitments)).Select(c => c.Key).ToList();
        if (unmet.Count > 0) reasons.Add("conditions-not-committed");

        var available = reasons.Count == 0;
        findings.Add("FEFTA-Art.27-2", "FEFTA Art. 27-2; Cabinet Order Art. 3-2", available,
            available
                ? $"The {(investorClass == FeftaInvestorClass.ForeignFinancialInstitution ? "comprehensive" : "general")} exemption is available: " +
                  $"the investor commits to the {(core ? "basic and core" : "basic")} conditions" +
                  (core && capApplies ? $" and stays below {Percent.Show(cap)} of a listed core company." : ".")
                : "The exemption is unavailable: " + string.Join("; ", reasons.Select(r => Explain(r, cap, unmet, investorClass))) + ".");
        return new FeftaExemption(available, unmet, reasons);
    }

    private static string Explain(string reason, decimal cap, IReadOnlyList<string> unmet, FeftaInvestorClass investorClass) => reason switch
    {
        "action" => "it never covers \"actions\" (Art. 27-2 covers share acquisitions only)",
        "state-owned" => "state-owned investors that MOF has not accredited cannot use it",
        "sanctioned" => "investors with a record of FEFTA sanctions cannot use it",
        "specified-foreign-investor" => "specified foreign investors cannot use it in designated sectors (2025 amendment)",
        "unlisted-core" => $"it covers unlisted companies only outside core sectors{(investorClass == FeftaInvestorClass.ForeignFinancialInstitution ? ", for foreign financial institutions too" : "")}",
        "core-cap" => $"general investors may use it for listed core companies only below {Percent.Show(cap)}",
        "conditions-not-committed" => $"the investor does not commit to {string.Join(", ", unmet)}",
        _ => reason,
    };
}
