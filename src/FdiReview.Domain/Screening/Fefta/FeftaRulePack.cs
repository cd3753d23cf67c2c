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
                    ? Phrase.Say("fefta.2025.applies", Phrase.Each(new[]
                    {
                        asDeclared is FeftaInvestorClass.SpecifiedForeignInvestor ? "fefta.2025.specified-investor" : null,
                        asDeclared is FeftaInvestorClass.QuasiSpecifiedForeignInvestor ? "fefta.2025.quasi-specified-investor" : null,
                        target.FeftaSector == FeftaSector.SpecifiedCore ? "fefta.2025.specified-core" : null,
                    }.OfType<string>().Select(key => Phrase.Say(key))))
                    : Phrase.Say("fefta.2025.before", Phrase.Day(facts.AsOf), Phrase.Each(new[]
                    {
                        asDeclared is FeftaInvestorClass.SpecifiedForeignInvestor or FeftaInvestorClass.QuasiSpecifiedForeignInvestor ? "fefta.2025.judged-general" : null,
                        target.FeftaSector == FeftaSector.SpecifiedCore ? "fefta.2025.judged-core" : null,
                    }.OfType<string>().Select(key => Phrase.Say(key)))),
                version);
        }
        var parents = ParentsFinding.Run(graph, findings, "FEFTA-Art.26(1)(iii)", "FEFTA Art. 26(1)(iii); Cabinet Order Art. 2 (indirect holdings)");
        var idi = InwardDirectInvestmentTest.Run(facts, findings);
        var designated = classes.Sector != FeftaSector.NonDesignated;

        var candidate = findings.Add("FEFTA-Art.27(1)", "FEFTA Art. 27(1); MOF public notice of designated and core sectors",
            foreign && idi.IsInwardDirectInvestment && designated,
            !foreign ? Phrase.Say("fefta.27-1.not-foreign")
            : !idi.IsInwardDirectInvestment ? Phrase.Say("fefta.27-1.no-investment")
            : designated ? Phrase.Say("fefta.27-1.designated", SectorWords(classes.Sector))
            : Phrase.Say("fefta.27-1.non-designated"));

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
            findings.Add("FEFTA-Art.27-2", "FEFTA Art. 27-2", false, Phrase.Say("fefta.exemption.nothing-to-exempt"));
            var reportable = foreign && idi.IsInwardDirectInvestment &&
                             (!target.Listed || tx.VotingPercentAfter >= options.FeftaNonDesignatedListedReportPercent || idi.Actions.Count > 0);
            filing = reportable ? Filing.PostInvestmentReport : Filing.NotRequired;
            if (reportable) basis.Add("fefta-non-designated");
        }

        var report = filing is Filing.ExemptWithPostInvestmentReport or Filing.PostInvestmentReport;
        findings.Add("FEFTA-Art.55-5", "FEFTA Art. 55-5; Art. 27-2(2)", report,
            report
                ? Phrase.Say("fefta.55-5.due", options.FeftaPostInvestmentReportDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    filing == Filing.PostInvestmentReport && target.Listed && idi.Actions.Count == 0
                        ? Phrase.Say("fefta.55-5.listed-from", Percent.Show(options.FeftaNonDesignatedListedReportPercent)) : "")
                : filing == Filing.PriorNotification
                    ? Phrase.Say("fefta.55-5.prior-notification")
                    : Phrase.Say("fefta.55-5.none"));

        var control = Control(graph, tx, findings);
        var substantial = GovernmentInterest(graph, findings);
        var investorClass = classes.Investor;
        var stateLinked = investorClass is FeftaInvestorClass.StateOwned or FeftaInvestorClass.SpecifiedForeignInvestor or FeftaInvestorClass.QuasiSpecifiedForeignInvestor;
        var stateOwned = stateLinked || substantial.GovernmentInInvestorPercent >= SubstantialInterestTest.GovernmentPercent;
        var priority = PriorityScore.Run(new PriorityScore.Facts(
            StateOwned: stateOwned,
            StateOwnedReason: stateLinked
                ? Phrase.Say(investorClass switch
                {
                    FeftaInvestorClass.StateOwned => "priority.state-owned",
                    FeftaInvestorClass.SpecifiedForeignInvestor => "priority.specified-foreign-investor",
                    _ => "priority.quasi-specified-foreign-investor",
                })
                : Phrase.Say("priority.government-holds", Phrase.Country(substantial.Government), Percent.Show(substantial.GovernmentInInvestorPercent)),
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
            SummaryWords = Summary(filing, options),
            Summary = Summary(filing, options).In(japanese: false),
        };
    }

    private static Phrase Summary(Filing filing, ScreeningOptions options)
    {
        var days = options.FeftaPostInvestmentReportDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return filing switch
        {
            Filing.PriorNotification => Phrase.Say("fefta.summary.prior-notification"),
            Filing.ExemptWithPostInvestmentReport => Phrase.Say("fefta.summary.exempt", days),
            Filing.PostInvestmentReport => Phrase.Say("fefta.summary.post-investment-report", days),
            _ => Phrase.Say("fefta.summary.none"),
        };
    }

    private static Phrase SectorWords(FeftaSector sector) => Phrase.Say(sector switch
    {
        FeftaSector.SpecifiedCore => "fefta.in-sector.specified-core",
        FeftaSector.Core => "fefta.in-sector.core",
        _ => "fefta.in-sector.designated",
    });

    /// <summary>For officers' information: majority of the votes or of the board after the investment.</summary>
    private static ControlDetermination Control(OwnershipGraph graph, Transaction tx, Findings findings)
    {
        var basis = new List<string>();
        var stake = graph.HoldingIn(graph.InvestorId, graph.TargetId)?.VotingPercent ?? 0m;
        if (stake > 50m) basis.Add("majority-voting");
        if (tx.Rights.BoardSize is { } size && tx.Rights.BoardSeats * 2 > size) basis.Add("board-majority");
        findings.Add("FEFTA-Art.26(1)(iii)-control", "FEFTA Art. 26(1)(iii) (a majority makes the target the investor's subsidiary)", basis.Count > 0,
            Phrase.Say(basis.Count > 0 ? "fefta.control.majority" : "fefta.control.none", Percent.Show(stake)));
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
                ? Phrase.Say("fefta.government.none", Percent.Show(inTarget))
                : Phrase.Say("fefta.government.holds", Phrase.Country(state), Percent.Show(percent), Percent.Show(inTarget)));
        return new SubstantialInterest(decimal.Round(inTarget, 4), state, decimal.Round(percent, 4), present);
    }
}
