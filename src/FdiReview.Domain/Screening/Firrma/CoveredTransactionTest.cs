namespace FdiReview.Domain.Screening.Firrma;

/// <summary>
/// 31 CFR 800.213: a covered control transaction (800.210, 800.301), a covered investment (800.211) in an
/// unaffiliated TID U.S. business (800.248, 800.250), or a change of rights that produces either
/// (800.213(c)); the passive ≤10% safe harbour (800.302(b)) and incremental acquisitions after a
/// clearance (800.303(b), 800.305) take transactions out.
/// </summary>
public static class CoveredTransactionTest
{
    public sealed record Outcome(ControlDetermination Control, CoveredTransaction Covered, IReadOnlyList<NonControlTrigger> Triggers);

    public static Outcome Run(OwnershipGraph graph, bool foreignPerson, Findings findings)
    {
        var facts = graph.Facts;
        var tx = facts.Transaction ?? new Transaction();
        var target = facts.Target!;
        var investor = graph.PartyOf(graph.InvestorId);
        var excepted = investor?.ExceptedInvestor == true;

        var usBusiness = findings.Add("FIRRMA-800.252", "31 CFR 800.252; 800.217", target.UsBusiness,
            target.UsBusiness
                ? $"{target.Name} is an entity engaged in interstate commerce in the United States: a U.S. business."
                : $"{target.Name} is not a U.S. business (bare assets or an operation outside U.S. interstate commerce).");

        var control = ControlTest.Run(graph, tx.Rights, tx.PassivityAgreement, findings);
        var triggers = TriggersOf(tx.Rights);
        findings.Add("FIRRMA-800.211(b)", "31 CFR 800.211(b); 800.232; 800.245", triggers.Count > 0,
            triggers.Count > 0
                ? $"The investor is afforded {string.Join(", ", triggers.Select(DescribeTrigger))}."
                : "The investor is afforded no material nonpublic technical information, board right or involvement in substantive decisionmaking.");

        var tid = target.Tid;
        findings.Add("FIRRMA-800.248", "31 CFR 800.248", tid.Any,
            tid.Any ? $"{target.Name} is a TID U.S. business: {DescribeTid(tid)}." : $"{target.Name} is not a TID U.S. business.");
        var unaffiliated = UnaffiliatedTid(graph, tx.Rights);
        findings.Add("FIRRMA-800.250", "31 CFR 800.250", tid.Any && unaffiliated,
            unaffiliated
                ? $"The investor does not directly hold more than 50% of the votes ({Percent.Show(graph.HoldingIn(graph.InvestorId, graph.TargetId)?.VotingPercent ?? 0)}) nor appoint more than half the board: {(tid.Any ? "an unaffiliated TID U.S. business" : "unaffiliated, but not TID")}."
                : "The investor directly holds more than 50% of the votes or may appoint more than half the board: the business is affiliated.");
        findings.Add("FIRRMA-800.219", "31 CFR 800.219", excepted,
            excepted ? $"{investor?.Name} is an excepted investor (as asserted by the filer)." : $"{investor?.Name} is not an excepted investor.");

        var passiveSafeHarbour = tx.PassiveInvestment && tx.VotingPercentAfter <= 10m && !control.Conferred && triggers.Count == 0;
        findings.Add("FIRRMA-800.302(b)", "31 CFR 800.302(b); 800.243", passiveSafeHarbour,
            passiveSafeHarbour
                ? $"Solely for passive investment with {Percent.Show(tx.VotingPercentAfter)} (≤10%) and no control or 800.211(b) rights: not a covered control transaction."
                : tx.PassiveInvestment
                    ? "Declared passive, but the safe harbour needs ≤10%, no control rights and no 800.211(b) rights."
                    : "The investment is not declared solely for passive investment.");

        // Covered investments exist for investments made on or after 13 Feb 2020 (800.211, U6).
        var investmentsCovered = RuleEditions.Part800.AppliesOn(facts.AsOf);
        var after = Level(foreignPerson, usBusiness, control.Conferred, excepted, tid.Any && unaffiliated, triggers.Count > 0 && investmentsCovered);
        var covered = after switch
        {
            Coverage.Control => CoveredTransaction.CoveredControlTransaction,
            Coverage.Investment => CoveredTransaction.CoveredInvestment,
            _ => CoveredTransaction.NotCovered,
        };
        findings.Add("FIRRMA-800.301", "31 CFR 800.210; 800.301", after == Coverage.Control,
            after == Coverage.Control
                ? "A foreign person gains control of a U.S. business: a covered control transaction, whatever the TID or excepted status."
                : $"Not a covered control transaction: {Missing(foreignPerson, usBusiness, control.Conferred)}.");
        findings.Add("FIRRMA-800.211", "31 CFR 800.211; 800.303", after == Coverage.Investment,
            after == Coverage.Investment
                ? "A non-controlling investment by a foreign person that is not an excepted investor in an unaffiliated TID U.S. business, with an 800.211(b) right: a covered investment."
                : after == Coverage.Control
                    ? "A covered control transaction is not also a covered investment (800.211(a))."
                    : !investmentsCovered
                        ? $"Not a covered investment: the facts are judged on {facts.AsOf:yyyy-MM-dd}, before covered investments came into force (13 Feb 2020)."
                        : $"Not a covered investment: {MissingForInvestment(foreignPerson, usBusiness, excepted, tid.Any && unaffiliated, triggers.Count > 0)}.",
            RuleEditions.Part800.VersionOn(facts.AsOf));

        if (tx.Kind == TransactionKind.ChangeOfRights)
            covered = ChangeOfRights(graph, tx, foreignPerson, usBusiness, excepted, tid.Any, after, findings);
        if (tx.PriorClearance is { } clearance && covered != CoveredTransaction.NotCovered)
            covered = AfterClearance(clearance, tx.Rights, control.Conferred, triggers, covered, findings);

        return new Outcome(control, covered, triggers);
    }

    private enum Coverage { None, Investment, Control }

    private static Coverage Level(bool foreign, bool usBusiness, bool control, bool excepted, bool unaffiliatedTid, bool anyTrigger) =>
        !foreign || !usBusiness ? Coverage.None
        : control ? Coverage.Control
        : !excepted && unaffiliatedTid && anyTrigger ? Coverage.Investment
        : Coverage.None;

    /// <summary>800.213(c): covered when the change lifts the investor to control or a covered investment it did not have.</summary>
    private static CoveredTransaction ChangeOfRights(OwnershipGraph after, Transaction tx, bool foreign, bool usBusiness,
        bool excepted, bool tid, Coverage levelAfter, Findings findings)
    {
        var rightsBefore = tx.RightsBefore ?? new Rights();
        var before = new OwnershipGraph(after.Facts, tx.VotingPercentBefore);
        var controlBefore = ControlTest.Run(before, rightsBefore, tx.PassivityAgreement, new Findings());
        var levelBefore = Level(foreign, usBusiness, controlBefore.Conferred, excepted,
            tid && UnaffiliatedTid(before, rightsBefore), TriggersOf(rightsBefore).Count > 0);
        var covered = levelAfter > levelBefore;
        findings.Add("FIRRMA-800.213(c)", "31 CFR 800.213(c); 800.213(e)(1)–(2)", covered,
            covered
                ? $"The change of rights turns a position that was {Describe(levelBefore)} into {Describe(levelAfter)}: a covered transaction."
                : $"The change of rights leaves the position {Describe(levelAfter)} (before: {Describe(levelBefore)}): not a covered change of rights.");
        return covered ? CoveredTransaction.CoveredChangeOfRights : CoveredTransaction.NotCovered;
    }

    /// <summary>800.305: after a cleared control acquisition, more of the same is not covered; 800.303(b): after a cleared covered investment, only new rights are.</summary>
    private static CoveredTransaction AfterClearance(PriorClearance clearance, Rights rights, bool control,
        IReadOnlyList<NonControlTrigger> triggers, CoveredTransaction covered, Findings findings)
    {
        if (clearance.Kind == PriorClearanceKind.Control)
        {
            findings.Add("FIRRMA-800.305", "31 CFR 800.305(a)", true,
                "The Committee concluded action on this investor's acquisition of control of the same U.S. business: the further acquisition or change of rights is not covered.");
            return CoveredTransaction.NotCovered;
        }
        var newRights = IndividualRights(rights).Except(IndividualRights(clearance.Rights)).ToList();
        var stillCovered = control || newRights.Count > 0;
        findings.Add("FIRRMA-800.303(b)", "31 CFR 800.303(b); 800.304(f)(2)", stillCovered,
            control
                ? "After a covered-investment clearance the investor now gains control: still covered."
                : newRights.Count > 0
                    ? $"After a covered-investment clearance the investor gains new 800.211(b) rights ({string.Join(", ", newRights)}): covered again."
                    : "After a covered-investment clearance the investor gains no new 800.211(b) right: not covered.");
        return stillCovered ? covered : CoveredTransaction.NotCovered;
    }

    /// <summary>The individual rights compared after a covered-investment clearance (the contract's binding reading).</summary>
    private static IEnumerable<string> IndividualRights(Rights rights)
    {
        if (rights.MaterialNonpublicTechnicalInformation) yield return "mnpti";
        if (rights.BoardSeats > 0) yield return "board-member";
        if (rights.BoardObserver) yield return "board-observer";
        if (rights.BoardNomination) yield return "board-nomination";
        foreach (var area in rights.SubstantiveDecisionMaking.Distinct()) yield return $"decision-making:{ControlTest.KebabCase(area)}";
    }

    public static IReadOnlyList<NonControlTrigger> TriggersOf(Rights rights)
    {
        var triggers = new List<NonControlTrigger>();
        if (rights.MaterialNonpublicTechnicalInformation) triggers.Add(NonControlTrigger.Mnpti);
        if (rights.BoardSeats > 0 || rights.BoardObserver || rights.BoardNomination) triggers.Add(NonControlTrigger.Board);
        if (rights.SubstantiveDecisionMaking.Count > 0) triggers.Add(NonControlTrigger.SubstantiveDecisionMaking);
        return triggers;
    }

    /// <summary>800.250: not more than 50% held directly, and no right to appoint more than half the board.</summary>
    private static bool UnaffiliatedTid(OwnershipGraph graph, Rights rights) =>
        (graph.HoldingIn(graph.InvestorId, graph.TargetId)?.VotingPercent ?? 0m) <= 50m
        && !(rights.BoardSize is { } size && rights.BoardSeats * 2 > size);

    private static string Describe(Coverage level) => level switch
    {
        Coverage.Control => "control",
        Coverage.Investment => "a covered investment",
        _ => "not covered",
    };

    private static string DescribeTrigger(NonControlTrigger trigger) => trigger switch
    {
        NonControlTrigger.Mnpti => "access to material nonpublic technical information (800.211(b)(1))",
        NonControlTrigger.Board => "board membership, observer or nomination rights (800.211(b)(2))",
        _ => "involvement in substantive decisionmaking (800.211(b)(3))",
    };

    private static string DescribeTid(TidFlags tid) => string.Join(", ", new[]
    {
        tid.CriticalTechnologies ? "critical technologies" : null,
        tid.CoveredInvestmentCriticalInfrastructure ? "covered investment critical infrastructure" : null,
        tid.SensitivePersonalData ? "sensitive personal data" : null,
    }.Where(s => s is not null));

    private static string Missing(bool foreign, bool usBusiness, bool control) => string.Join("; ", new[]
    {
        foreign ? null : "the investor is not a foreign person",
        usBusiness ? null : "the target is not a U.S. business",
        control ? null : "no control is conferred",
    }.Where(s => s is not null));

    private static string MissingForInvestment(bool foreign, bool usBusiness, bool excepted, bool unaffiliatedTid, bool trigger) =>
        string.Join("; ", new[]
        {
            foreign ? null : "the investor is not a foreign person",
            usBusiness ? null : "the target is not a U.S. business",
            excepted ? "the investor is an excepted investor" : null,
            unaffiliatedTid ? null : "the target is not an unaffiliated TID U.S. business",
            trigger ? null : "no 800.211(b) access, right or involvement is afforded",
        }.Where(s => s is not null));
}
