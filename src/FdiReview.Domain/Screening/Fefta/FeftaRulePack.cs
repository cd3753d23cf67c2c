using FdiReview.Domain.Screening.Firrma;

namespace FdiReview.Domain.Screening.Fefta;

/// <summary>The FEFTA (Japan) rules: foreign investor, inward direct investment, sector, exemption, reports.</summary>
public static class FeftaRulePack
{
    public static Determination Screen(TransactionFacts facts, ScreeningOptions options)
    {
        var findings = new Findings();
        var graph = new OwnershipGraph(facts);
        var target = facts.Target!;
        var tx = facts.Transaction ?? new Transaction();

        var foreign = ForeignInvestorTest.Run(graph, findings);
        var classes = FeftaClasses.Of(facts);
        if (classes.Version is { } version)
        {
            var asDeclared = facts.InvestorParty?.FeftaInvestorClass ?? FeftaInvestorClass.General;
            var applies = RuleEditions.Fefta2025.AppliesOn(facts.AsOf);
            findings.Add("FEFTA-2025-amendment", "FEFTA Art. 27-2 as amended 2025 (in force 19 May 2025)", applies,
                applies
                    ? "The rules of the 2025 amendment apply: " + string.Join("; ", new[]
                    {
                        asDeclared is FeftaInvestorClass.SpecifiedForeignInvestor ? "the investor is a specified foreign investor (特定外国投資家)" : null,
                        asDeclared is FeftaInvestorClass.QuasiSpecifiedForeignInvestor ? "the investor is a quasi-specified foreign investor (特定外国投資家に準ずる者)" : null,
                        target.FeftaSector == FeftaSector.SpecifiedCore ? "the target is a specified core business (特定コア事業者)" : null,
                    }.Where(s => s is not null)) + "."
                    : $"The facts are judged on {facts.AsOf:yyyy-MM-dd}, before the 2025 amendment: " + string.Join("; ", new[]
                    {
                        asDeclared is FeftaInvestorClass.SpecifiedForeignInvestor or FeftaInvestorClass.QuasiSpecifiedForeignInvestor ? "the investor is judged as a general investor" : null,
                        target.FeftaSector == FeftaSector.SpecifiedCore ? "the target is judged as a core business" : null,
                    }.Where(s => s is not null)) + ".",
                version);
        }
        var parents = ParentsFinding.Run(graph, findings, "FEFTA-Art.26(1)(iii)", "FEFTA Art. 26(1)(iii); Cabinet Order Art. 2 (indirect holdings)");
        var idi = InwardDirectInvestmentTest.Run(facts, findings);
        var designated = classes.Sector != FeftaSector.NonDesignated;

        var candidate = findings.Add("FEFTA-Art.27(1)", "FEFTA Art. 27(1); MOF public notice of designated and core sectors",
            foreign && idi.IsInwardDirectInvestment && designated,
            !foreign ? "The investor is not a foreign investor: FEFTA's inward-investment rules do not apply."
            : !idi.IsInwardDirectInvestment ? "No inward direct investment is made."
            : designated ? $"An inward direct investment in {SectorWords(classes.Sector)} needs prior notification unless exempt."
            : "The target is in a non-designated sector: no prior notification.");

        FeftaExemption exemption;
        Filing filing;
        var basis = new List<string>(foreign ? idi.Basis : []);
        if (candidate)
        {
            exemption = ExemptionTest.Run(facts, classes, idi, options, findings);
            filing = exemption.Available ? Filing.ExemptWithPostInvestmentReport : Filing.PriorNotification;
            basis.AddRange(exemption.Reasons.Select(r => $"fefta-exemption-unavailable:{r}"));
        }
        else
        {
            exemption = new FeftaExemption(false, [], [foreign && idi.IsInwardDirectInvestment ? "non-designated-sector" : "no-prior-notification-required"]);
            findings.Add("FEFTA-Art.27-2", "FEFTA Art. 27-2", false, "No prior notification is required, so there is nothing to be exempt from.");
            var reportable = foreign && idi.IsInwardDirectInvestment &&
                             (!target.Listed || tx.VotingPercentAfter >= options.FeftaNonDesignatedListedReportPercent || idi.Actions.Count > 0);
            filing = reportable ? Filing.PostInvestmentReport : Filing.NotRequired;
            if (reportable) basis.Add("fefta-non-designated");
        }

        var report = filing is Filing.ExemptWithPostInvestmentReport or Filing.PostInvestmentReport;
        findings.Add("FEFTA-Art.55-5", "FEFTA Art. 55-5; Art. 27-2(2)", report,
            report
                ? $"A post-investment report is due through the Bank of Japan within {options.FeftaPostInvestmentReportDays} days after the investment{(filing == Filing.PostInvestmentReport && target.Listed && idi.Actions.Count == 0 ? $" (listed non-designated holdings from {Percent.Show(options.FeftaNonDesignatedListedReportPercent)})" : "")}."
                : filing == Filing.PriorNotification
                    ? "A prior notification is required; the 30-day waiting period runs from acceptance (Art. 27(2))."
                    : "No post-investment report is due.");

        var control = Control(graph, tx, findings);
        var substantial = GovernmentInterest(graph, findings);
        var investorClass = classes.Investor;
        var stateLinked = investorClass is FeftaInvestorClass.StateOwned or FeftaInvestorClass.SpecifiedForeignInvestor or FeftaInvestorClass.QuasiSpecifiedForeignInvestor;
        var stateOwned = stateLinked || substantial.GovernmentInInvestorPercent >= SubstantialInterestTest.GovernmentPercent;
        var priority = PriorityScore.Run(new PriorityScore.Facts(
            StateOwned: stateOwned,
            StateOwnedReason: stateLinked
                ? investorClass switch
                {
                    FeftaInvestorClass.StateOwned => "a state-owned investor",
                    FeftaInvestorClass.SpecifiedForeignInvestor => "a specified foreign investor",
                    _ => "a quasi-specified foreign investor",
                }
                : $"the government of {substantial.Government} holds {Percent.Show(substantial.GovernmentInInvestorPercent)} of the investor",
            MandatoryFiling: filing == Filing.PriorNotification,
            SensitiveSector: designated,
            SensitiveSectorReason: SectorWords(classes.Sector),
            Control: control.Conferred,
            AccessRights: !tx.FeftaCommitments.NoNonpublicTechnologyAccess && idi.IsInwardDirectInvestment && designated), options.Priority, findings);

        return new Determination
        {
            Regime = Regime.Fefta,
            ForeignPerson = foreign,
            Parents = parents,
            Control = control,
            CoveredTransaction = null,
            NonControlTriggers = [],
            SubstantialInterest = substantial,
            Filing = filing,
            FilingBasis = basis,
            Exemption = exemption,
            Priority = priority,
            Findings = findings.All,
            UltimateParent = UltimateParent.Of(graph),
            Summary = filing switch
            {
                Filing.PriorNotification => "Prior notification to the Minister of Finance and the competent minister (through the Bank of Japan) is required; the investment may not be made until the waiting period ends.",
                Filing.ExemptWithPostInvestmentReport => $"Exempt from prior notification if the exemption conditions are kept; a post-investment report is due within {options.FeftaPostInvestmentReportDays} days.",
                Filing.PostInvestmentReport => $"No prior notification; a post-investment report is due within {options.FeftaPostInvestmentReportDays} days.",
                _ => "No FEFTA procedure is required.",
            },
        };
    }

    private static string SectorWords(FeftaSector sector) => sector switch
    {
        FeftaSector.SpecifiedCore => "a specified core business",
        FeftaSector.Core => "a core sector",
        _ => "a designated sector",
    };

    /// <summary>For officers' information: majority of the votes or of the board after the investment.</summary>
    private static ControlDetermination Control(OwnershipGraph graph, Transaction tx, Findings findings)
    {
        var basis = new List<string>();
        var stake = graph.HoldingIn(graph.InvestorId, graph.TargetId)?.VotingPercent ?? 0m;
        if (stake > 50m) basis.Add("majority-voting");
        if (tx.Rights.BoardSize is { } size && tx.Rights.BoardSeats * 2 > size) basis.Add("board-majority");
        findings.Add("FEFTA-Art.26(1)(iii)-control", "FEFTA Art. 26(1)(iii) (a majority makes the target the investor's subsidiary)", basis.Count > 0,
            basis.Count > 0
                ? $"The investor will hold a majority of the votes ({Percent.Show(stake)}) or of the board."
                : $"The investor will hold {Percent.Show(stake)} of the votes and no board majority.");
        return new ControlDetermination(basis.Count > 0, basis, false);
    }

    /// <summary>Government interest in the investor, measured as in 31 CFR 800.244 for the priority of state-owned investors (JP-7).</summary>
    private static SubstantialInterest GovernmentInterest(OwnershipGraph graph, Findings findings)
    {
        var inTarget = graph.IndirectVotingInterest(graph.InvestorId, graph.TargetId);
        var (state, percent) = SubstantialInterestTest.GovernmentInterests(graph, graph.InvestorId)
            .OrderByDescending(s => s.Percent).FirstOrDefault();
        var present = inTarget >= SubstantialInterestTest.InTargetPercent && percent >= SubstantialInterestTest.GovernmentPercent;
        findings.Add("FEFTA-Art.27-2-government-interest", "FEFTA Art. 27-2; measured as 31 CFR 800.244(c)", present,
            state is null
                ? $"No foreign government holds an interest in the investor; it will hold {Percent.Show(inTarget)} of the target."
                : $"The government of {state} holds {Percent.Show(percent)} of the investor, which will hold {Percent.Show(inTarget)} of the target.");
        return new SubstantialInterest(decimal.Round(inTarget, 4), state, decimal.Round(percent, 4), present);
    }
}
