namespace FdiReview.Domain.Screening.Firrma;

/// <summary>The FIRRMA / 31 CFR Part 800 rules, in the order an officer would reason through them.</summary>
public static class FirrmaRulePack
{
    public static Determination Screen(TransactionFacts facts, ScreeningOptions options)
    {
        var findings = new Findings();
        var graph = new OwnershipGraph(facts);

        var foreign = ForeignPersonTest.Run(graph, findings);
        var parents = ParentsFinding.Run(graph, findings);
        var coverage = CoveredTransactionTest.Run(graph, foreign, findings);
        var substantial = SubstantialInterestTest.Run(graph, findings);
        var (filing, basis) = FilingRequirement.Run(graph, coverage.Covered, substantial, options, findings);

        var stateOwned = substantial.Government is not null && substantial.GovernmentInInvestorPercent >= SubstantialInterestTest.GovernmentPercent;
        var priority = PriorityScore.Run(new PriorityScore.Facts(
            StateOwned: stateOwned,
            StateOwnedReason: stateOwned ? $"the government of {substantial.Government} holds {Percent.Show(substantial.GovernmentInInvestorPercent)} of the investor" : null,
            MandatoryFiling: filing == Filing.MandatoryDeclaration,
            SensitiveSector: facts.Target!.Tid.Any,
            SensitiveSectorReason: "a TID U.S. business",
            Control: coverage.Control.Conferred,
            AccessRights: coverage.Triggers.Count > 0), options.Priority, findings);

        return new Determination
        {
            Regime = Regime.Firrma,
            ForeignPerson = foreign,
            Parents = parents,
            Control = coverage.Control,
            CoveredTransaction = coverage.Covered,
            NonControlTriggers = coverage.Triggers,
            SubstantialInterest = substantial,
            Filing = filing,
            FilingBasis = basis,
            Exemption = null,
            Priority = priority,
            Findings = findings.All,
            UltimateParent = UltimateParent.Of(graph),
            Summary = Summarise(filing, coverage.Covered, basis),
        };
    }

    private static string Summarise(Filing filing, CoveredTransaction covered, IReadOnlyList<string> basis) => filing switch
    {
        Filing.MandatoryDeclaration =>
            $"A mandatory declaration to CFIUS is required ({string.Join("; ", basis.Select(Explain))}), at least 30 days before completion.",
        Filing.Voluntary => covered switch
        {
            CoveredTransaction.CoveredControlTransaction => "A covered control transaction: no declaration is mandatory, but the parties may file voluntarily with CFIUS.",
            CoveredTransaction.CoveredInvestment => "A covered investment: no declaration is mandatory, but the parties may file voluntarily with CFIUS.",
            _ => "A covered change of rights: no declaration is mandatory, but the parties may file voluntarily with CFIUS.",
        },
        _ => "Not a covered transaction: no filing with CFIUS is required.",
    };

    private static string Explain(string basis) => basis switch
    {
        "foreign-government-substantial-interest" => "a foreign government has a substantial interest in the investor, 31 CFR 800.401(b)",
        "critical-technology-export-authorization" => "critical technology needing a U.S. export authorization, 31 CFR 800.401(c)",
        _ => basis,
    };
}
