namespace FdiReview.Domain.Screening.Fefta;

/// <summary>
/// FEFTA Art. 26(2): which acts are inward direct investments (J3–J6, JP-1) — any acquisition of unlisted
/// shares, listed shares reaching 1% with closely related persons, and the "actions" (consent to a
/// director appointment, a business transfer or a business-purpose change) — and in which sectors they
/// need prior notification (designated and core, JP-2).
/// </summary>
public static class InwardDirectInvestmentTest
{
    public const decimal ListedThresholdPercent = 1m;
    /// <summary>Before the 2019 amendment (in force 8 May 2020) the listed threshold was 10% (J3).</summary>
    public const decimal ListedThresholdBefore2020Percent = 10m;
    public const decimal PurposeChangeThresholdPercent = 100m / 3m;

    public sealed record Outcome(bool ShareAcquisition, IReadOnlyList<FeftaAction> Actions, IReadOnlyList<string> Basis)
    {
        public bool IsInwardDirectInvestment => ShareAcquisition || Actions.Count > 0;
    }

    public static Outcome Run(TransactionFacts facts, Findings findings)
    {
        var target = facts.Target!;
        var tx = facts.Transaction ?? new Transaction();
        var after = tx.VotingPercentAfter;
        var basis = new List<string>();

        var acquires = tx.Kind == TransactionKind.Acquisition && after > tx.VotingPercentBefore;
        var threshold = RuleEditions.Fefta2019.AppliesOn(facts.AsOf) ? ListedThresholdPercent : ListedThresholdBefore2020Percent;
        var shares = acquires && (!target.Listed || after >= threshold);
        findings.Add("FEFTA-Art.26(2)-shares", "FEFTA Art. 26(2)(i)–(iii); Cabinet Order Art. 2", shares,
            !acquires ? Phrase.Say("fefta.26-2.no-acquisition")
            : !target.Listed ? Phrase.Say("fefta.26-2.unlisted", Percent.Show(after))
            : Phrase.Say(after >= threshold ? "fefta.26-2.listed-reaches" : "fefta.26-2.listed-below", Percent.Show(after), Percent.Show(threshold)),
            target.Listed ? RuleEditions.Fefta2019.VersionOn(facts.AsOf) : null);
        if (shares) basis.Add(target.Listed ? "fefta-listed-threshold" : "fefta-unlisted");

        var actions = tx.FeftaActions.Distinct().Where(a => ActionCounts(a, target.Listed, after)).ToList();
        var notCounting = tx.FeftaActions.Distinct().Except(actions).ToList();
        findings.Add("FEFTA-Art.26(2)-actions", "FEFTA Art. 26(2)(iv)–(vi); Cabinet Order Art. 2", actions.Count > 0,
            tx.FeftaActions.Count == 0 ? Phrase.Say("fefta.actions.none")
            : actions.Count > 0
                ? Phrase.Say("fefta.actions.counts", Phrase.List(actions.Select(Describe)),
                    notCounting.Count > 0 ? Phrase.Say("fefta.actions.except", Phrase.List(notCounting.Select(Describe)), Percent.Show(after)) : "")
                : Phrase.Say("fefta.actions.not-counting", Percent.Show(after), Phrase.List(notCounting.Select(Describe))));
        if (actions.Count > 0) basis.Add("fefta-action");

        return new Outcome(shares, actions, basis);
    }

    /// <summary>J6: for listed targets, a purpose change needs ≥1/3 and a director appointment ≥1%; a business transfer always counts.</summary>
    private static bool ActionCounts(FeftaAction action, bool listed, decimal percent) => action switch
    {
        FeftaAction.ConsentBusinessPurposeChange => !listed || percent >= PurposeChangeThresholdPercent,
        FeftaAction.ConsentDirectorAppointment => !listed || percent >= ListedThresholdPercent,
        _ => true,
    };

    public static Phrase Describe(FeftaAction action) => Phrase.Say(action switch
    {
        FeftaAction.ConsentDirectorAppointment => "fefta.action.director",
        FeftaAction.ConsentBusinessTransfer => "fefta.action.transfer",
        _ => "fefta.action.purpose",
    });
}
