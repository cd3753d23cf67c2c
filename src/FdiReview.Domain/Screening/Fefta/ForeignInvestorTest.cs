namespace FdiReview.Domain.Screening.Fefta;

/// <summary>
/// FEFTA Art. 26(1): a foreign investor is (i) a non-resident individual (judged by nationality),
/// (ii) an entity set up under foreign law or with its principal office abroad, (iii) a company in which
/// such persons hold ≥50% of the votes directly or indirectly, or (iv) a partnership to which they
/// contribute ≥50% or whose managing partners are mostly foreign.
/// </summary>
public static class ForeignInvestorTest
{
    private const string Japan = "JP";
    public const decimal HoldingPercent = 50m;

    public static bool Run(OwnershipGraph graph, Findings findings)
    {
        var (foreign, why) = Assess(graph, graph.InvestorId, []);
        return findings.Add("FEFTA-Art.26(1)", "FEFTA Art. 26(1)(i)–(iv)", foreign,
            Phrase.Say(foreign ? "fefta.26-1.foreign" : "fefta.26-1.not-foreign", graph.NameOf(graph.InvestorId), why));
    }

    // Each party is assessed once per graph (chains that meet again ask again); the shape rules refuse cycles.
    private static (bool Foreign, Phrase Why) Assess(OwnershipGraph graph, string id, HashSet<string> visiting) =>
        visiting.Contains(id) ? (false, Phrase.Say("why.ownership-cycle")) : graph.Remember("foreign-investor", id, "", () => AssessOnce(graph, id, visiting));

    private static (bool Foreign, Phrase Why) AssessOnce(OwnershipGraph graph, string id, HashSet<string> visiting)
    {
        visiting.Add(id);
        var party = graph.PartyOf(id);
        if (party is null) return (false, Phrase.Say("why.not-described"));
        switch (party.Kind)
        {
            case PartyKind.Individual:
                return party.Nationality != Japan
                    ? (true, Phrase.Say("fefta.26-1.individual", Phrase.Country(party.Nationality)))
                    : (false, Phrase.Say("fefta.26-1.japanese-individual"));
            case PartyKind.ForeignGovernment:
                return party.ForeignGovernmentOf != Japan
                    ? (true, Phrase.Say("fefta.26-1.government", Phrase.Country(party.ForeignGovernmentOf)))
                    : (false, Phrase.Say("fefta.26-1.japanese-government"));
        }
        var office = party.PrincipalPlaceOfBusiness ?? party.Nationality;
        if (party.Nationality != Japan || office != Japan)
            return (true, Phrase.Say("fefta.26-1.foreign-entity", Phrase.Country(party.Nationality), Phrase.Country(office)));

        var holders = graph.HoldersOf(id);
        var foreignVotes = holders.Where(h => Assess(graph, h.Holder, [.. visiting]).Foreign).Sum(h => h.VotingPercent);
        var partnership = party.Kind is PartyKind.Partnership or PartyKind.Fund;
        var foreignContribution = holders.Where(h => Assess(graph, h.Holder, [.. visiting]).Foreign).Sum(h => h.EquityPercent);
        var partners = holders.Where(h => h.GeneralPartner).ToList();
        var foreignPartners = partners.Count(h => Assess(graph, h.Holder, [.. visiting]).Foreign);

        if (!partnership && foreignVotes >= HoldingPercent)
            return (true, Phrase.Say("fefta.26-1.foreign-votes", Percent.Show(foreignVotes)));
        if (partnership && (foreignContribution >= HoldingPercent || foreignPartners * 2 > partners.Count && partners.Count > 0))
            return (true, Phrase.Say("fefta.26-1.foreign-partnership", Percent.Show(foreignContribution)));
        return (false, Phrase.Say(partnership ? "fefta.26-1.japanese-partnership" : "fefta.26-1.japanese-company",
            Percent.Show(partnership ? foreignContribution : foreignVotes)));
    }
}
