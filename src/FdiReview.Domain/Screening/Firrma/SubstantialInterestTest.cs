namespace FdiReview.Domain.Screening.Firrma;

/// <summary>
/// 31 CFR 800.244: a substantial interest is ≥25% of the votes in the target (directly or indirectly)
/// acquired by a foreign person in which the national and subnational governments of a single foreign
/// state hold ≥49% — of the general partner where the investor is managed by one. Parents count as 100%.
/// </summary>
public static class SubstantialInterestTest
{
    public const decimal InTargetPercent = 25m;
    public const decimal GovernmentPercent = 49m;

    public static SubstantialInterest Run(OwnershipGraph graph, Findings findings)
    {
        var investor = graph.InvestorId;
        var inTarget = graph.IndirectVotingInterest(investor, graph.TargetId);

        var generalPartners = graph.HoldersOf(investor).Where(h => h.GeneralPartner).Select(h => h.Holder).ToList();
        var measuredIn = generalPartners.Count > 0 ? generalPartners : [investor];
        var (state, percent) = measuredIn
            .SelectMany(id => GovernmentInterests(graph, id))
            .OrderByDescending(s => s.Percent).ThenBy(s => s.State, StringComparer.Ordinal)
            .FirstOrDefault();

        var present = inTarget >= InTargetPercent && state is not null && percent >= GovernmentPercent;
        var where = generalPartners.Count > 0
            ? Phrase.Say("firrma.244.in-general-partner", Phrase.List(generalPartners.Select(id => Phrase.Fact(graph.NameOf(id)))))
            : Phrase.Say("firrma.244.in", graph.NameOf(investor));
        findings.Add("FIRRMA-800.244", "31 CFR 800.244(a)–(c)", present,
            Phrase.Say("firrma.244", graph.NameOf(investor), Percent.Show(inTarget), graph.NameOf(graph.TargetId),
                Phrase.Say(inTarget >= InTargetPercent ? "firrma.244.at-least" : "firrma.244.less-than", "25%"),
                state is null
                    ? Phrase.Say("firrma.244.no-government", where)
                    : Phrase.Say("firrma.244.government", Phrase.Country(state), Percent.Show(percent), where,
                        Phrase.Say(percent >= GovernmentPercent ? "firrma.244.at-least" : "firrma.244.less-than", "49%"))));
        return new SubstantialInterest(decimal.Round(inTarget, 4), state, decimal.Round(percent, 4), present);
    }

    /// <summary>
    /// Each foreign state's interest in an entity: its national and subnational governments together, a block of
    /// shares counted once however many of them stand above it (800.244(a)); a government that is the entity holds all
    /// of itself.
    /// </summary>
    public static IEnumerable<(string State, decimal Percent)> GovernmentInterests(OwnershipGraph graph, string entity) =>
        graph.Parties
            .Where(p => p is { Kind: PartyKind.ForeignGovernment, ForeignGovernmentOf: not null })
            .Select(p => p.ForeignGovernmentOf!).Distinct(StringComparer.Ordinal)
            .Select(state => (state, graph.StateInterest(state, entity)))
            .Where(s => s.Item2 > 0m);
}
