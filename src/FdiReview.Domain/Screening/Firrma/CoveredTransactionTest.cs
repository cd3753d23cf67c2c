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
            Phrase.Say(target.UsBusiness ? "firrma.us-business.holds" : "firrma.us-business.not", target.Name ?? graph.TargetId));

        var control = ControlTest.Run(graph, tx.Rights, tx.PassivityAgreement, findings);
        var triggers = TriggersOf(tx.Rights);
        findings.Add("FIRRMA-800.211(b)", "31 CFR 800.211(b); 800.232; 800.245", triggers.Count > 0,
            triggers.Count > 0
                ? Phrase.Say("firrma.triggers.some", Phrase.List(triggers.Select(DescribeTrigger)))
                : Phrase.Say("firrma.triggers.none"));

        var tid = target.Tid;
        findings.Add("FIRRMA-800.248", "31 CFR 800.248", tid.Any,
            tid.Any ? Phrase.Say("firrma.tid.holds", target.Name ?? graph.TargetId, DescribeTid(tid)) : Phrase.Say("firrma.tid.not", target.Name ?? graph.TargetId));
        var unaffiliated = UnaffiliatedTid(graph, tx.Rights);
        findings.Add("FIRRMA-800.250", "31 CFR 800.250", tid.Any && unaffiliated,
            unaffiliated
                ? Phrase.Say(tid.Any ? "firrma.unaffiliated.tid" : "firrma.unaffiliated.not-tid", Percent.Show(graph.HoldingIn(graph.InvestorId, graph.TargetId)?.VotingPercent ?? 0))
                : Phrase.Say("firrma.unaffiliated.not"));
        findings.Add("FIRRMA-800.219", "31 CFR 800.219", excepted,
            Phrase.Say(excepted ? "firrma.excepted.holds" : "firrma.excepted.not", investor?.Name ?? graph.InvestorId));

        var passiveSafeHarbour = tx.PassiveInvestment && tx.VotingPercentAfter <= 10m && !control.Conferred && triggers.Count == 0;
        findings.Add("FIRRMA-800.302(b)", "31 CFR 800.302(b); 800.243", passiveSafeHarbour,
            passiveSafeHarbour
                ? Phrase.Say("firrma.passive.holds", Percent.Show(tx.VotingPercentAfter))
                : Phrase.Say(tx.PassiveInvestment ? "firrma.passive.declared-only" : "firrma.passive.not"));

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
                ? Phrase.Say("firrma.covered-control.holds")
                : Phrase.Say("firrma.covered-control.not", Missing(foreignPerson, usBusiness, control.Conferred)));
        findings.Add("FIRRMA-800.211", "31 CFR 800.211; 800.303", after == Coverage.Investment,
            after == Coverage.Investment
                ? Phrase.Say("firrma.covered-investment.holds")
                : after == Coverage.Control
                    ? Phrase.Say("firrma.covered-investment.is-control")
                    : !investmentsCovered
                        ? Phrase.Say("firrma.covered-investment.before-2020", Phrase.Day(facts.AsOf))
                        : Phrase.Say("firrma.covered-investment.not", MissingForInvestment(foreignPerson, usBusiness, excepted, tid.Any && unaffiliated, triggers.Count > 0)),
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
            Phrase.Say(covered ? "firrma.change-of-rights.holds" : "firrma.change-of-rights.not", Describe(levelBefore), Describe(levelAfter)));
        return covered ? CoveredTransaction.CoveredChangeOfRights : CoveredTransaction.NotCovered;
    }

    /// <summary>800.305: after a cleared control acquisition, more of the same is not covered; 800.303(b): after a cleared covered investment, only new rights are.</summary>
    private static CoveredTransaction AfterClearance(PriorClearance clearance, Rights rights, bool control,
        IReadOnlyList<NonControlTrigger> triggers, CoveredTransaction covered, Findings findings)
    {
        if (clearance.Kind == PriorClearanceKind.Control)
        {
            findings.Add("FIRRMA-800.305", "31 CFR 800.305(a)", true, Phrase.Say("firrma.after-control-clearance"));
            return CoveredTransaction.NotCovered;
        }
        var newRights = IndividualRights(rights).Except(IndividualRights(clearance.Rights)).ToList();
        var stillCovered = control || newRights.Count > 0;
        findings.Add("FIRRMA-800.303(b)", "31 CFR 800.303(b); 800.304(f)(2)", stillCovered,
            control
                ? Phrase.Say("firrma.after-investment-clearance.control")
                : newRights.Count > 0
                    ? Phrase.Say("firrma.after-investment-clearance.new-rights", Phrase.List(newRights.Select(DescribeRight)))
                    : Phrase.Say("firrma.after-investment-clearance.none"));
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

    private static Phrase Describe(Coverage level) => Phrase.Say(level switch
    {
        Coverage.Control => "firrma.level.control",
        Coverage.Investment => "firrma.level.investment",
        _ => "firrma.level.none",
    });

    private static Phrase DescribeTrigger(NonControlTrigger trigger) => Phrase.Say($"firrma.trigger.{trigger}");

    /// <summary>One of the individual rights of 800.303(b): mnpti, board-member, board-observer, board-nomination, decision-making:area.</summary>
    private static Phrase DescribeRight(string right) => right.StartsWith("decision-making:", StringComparison.Ordinal)
        ? Phrase.Say("firrma.right.decision-making", Phrase.Say($"decision-area.{string.Concat(right["decision-making:".Length..].Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))}"))
        : Phrase.Say($"firrma.right.{right}");

    private static Phrase DescribeTid(TidFlags tid) => Phrase.List(new[]
    {
        tid.CriticalTechnologies ? "firrma.tid.critical-technologies" : null,
        tid.CoveredInvestmentCriticalInfrastructure ? "firrma.tid.critical-infrastructure" : null,
        tid.SensitivePersonalData ? "firrma.tid.sensitive-personal-data" : null,
    }.OfType<string>().Select(key => Phrase.Say(key)));

    private static Phrase Missing(bool foreign, bool usBusiness, bool control) => Phrase.Each(new[]
    {
        foreign ? null : "firrma.missing.not-foreign",
        usBusiness ? null : "firrma.missing.not-us-business",
        control ? null : "firrma.missing.no-control",
    }.OfType<string>().Select(key => Phrase.Say(key)));

    private static Phrase MissingForInvestment(bool foreign, bool usBusiness, bool excepted, bool unaffiliatedTid, bool trigger) =>
        Phrase.Each(new[]
        {
            foreign ? null : "firrma.missing.not-foreign",
            usBusiness ? null : "firrma.missing.not-us-business",
            excepted ? "firrma.missing.excepted" : null,
            unaffiliatedTid ? null : "firrma.missing.not-unaffiliated-tid",
            trigger ? null : "firrma.missing.no-trigger",
        }.OfType<string>().Select(key => Phrase.Say(key)));
}
