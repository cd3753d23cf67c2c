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
            StateOwnedReason: stateOwned ? Phrase.Say("priority.government-holds", Phrase.Country(substantial.Government), Percent.Show(substantial.GovernmentInInvestorPercent)) : null,
            MandatoryFiling: filing == Filing.MandatoryDeclaration,
            SensitiveSector: facts.Target!.Tid.Any,
            SensitiveSectorReason: Phrase.Say("priority.tid"),
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
            SummaryWords = Summarise(filing, coverage.Covered, basis),
            Summary = Summarise(filing, coverage.Covered, basis).In(japanese: false),
        };
    }

    private static Phrase Summarise(Filing filing, CoveredTransaction covered, IReadOnlyList<string> basis) => filing switch
    {
        Filing.MandatoryDeclaration => Phrase.Say("firrma.summary.mandatory", Phrase.Each(basis.Select(b => Phrase.Say($"firrma.summary.basis.{b}")))),
        Filing.Voluntary => Phrase.Say(covered switch
        {
            CoveredTransaction.CoveredControlTransaction => "firrma.summary.voluntary-control",
            CoveredTransaction.CoveredInvestment => "firrma.summary.voluntary-investment",
            _ => "firrma.summary.voluntary-change-of-rights",
        }),
        _ => Phrase.Say("firrma.summary.none"),
    };
}
