namespace FdiReview.Domain.Screening.Firrma;

/// <summary>
/// 31 CFR 800.224 foreign person: a foreign national, a foreign government, a foreign entity (800.220),
/// or any entity a foreign person controls. A foreign entity is organised abroad with its principal place
/// of business abroad, unless a majority of its equity is ultimately owned by U.S. nationals (800.220(b)).
/// </summary>
public static class ForeignPersonTest
{
    private const string UnitedStates = "US";

    public static bool Run(OwnershipGraph graph, Findings findings)
    {
        var investor = graph.InvestorId;
        var (foreign, why) = Assess(graph, investor, []);
        return findings.Add("FIRRMA-800.224", "31 CFR 800.224; 800.220", foreign,
            Phrase.Say(foreign ? "firrma.foreign-person.holds" : "firrma.foreign-person.not", graph.NameOf(investor), why));
    }

    public static bool IsForeignPerson(OwnershipGraph graph, string id) => Assess(graph, id, []).Foreign;

    // Each party is assessed once per graph (chains that meet again ask again); the shape rules refuse cycles.
    private static (bool Foreign, Phrase Why) Assess(OwnershipGraph graph, string id, HashSet<string> visiting) =>
        visiting.Contains(id) ? (false, Phrase.Say("why.ownership-cycle")) : graph.Remember("foreign-person", id, "", () => AssessOnce(graph, id, visiting));

    private static (bool Foreign, Phrase Why) AssessOnce(OwnershipGraph graph, string id, HashSet<string> visiting)
    {
        visiting.Add(id);
        var party = graph.PartyOf(id);
        if (party is null) return (true, Phrase.Say("firrma.foreign-person.not-described"));

        switch (party.Kind)
        {
            case PartyKind.ForeignGovernment when party.ForeignGovernmentOf != UnitedStates:
                return (true, Phrase.Say("firrma.foreign-person.government", Phrase.Country(party.ForeignGovernmentOf)));
            case PartyKind.Individual:
                return party.Nationality != UnitedStates
                    ? (true, Phrase.Say("firrma.foreign-person.individual", Phrase.Country(party.Nationality)))
                    : (false, Phrase.Say("firrma.foreign-person.us-individual"));
        }

        var placeOfBusiness = party.PrincipalPlaceOfBusiness ?? party.Nationality;
        if (party.Nationality != UnitedStates && placeOfBusiness != UnitedStates)
        {
            var usShare = UsNationalEquity(graph, id, []);
            if (usShare <= 50m)
                return (true, Phrase.Say("firrma.foreign-person.foreign-entity", Phrase.Country(party.Nationality), Phrase.Country(placeOfBusiness)));
            // 800.220(b): a majority of the equity ultimately owned by U.S. nationals; still foreign if a foreign person controls it.
            var controller = ForeignController(graph, id, visiting);
            return controller is null
                ? (false, Phrase.Say("firrma.foreign-person.us-owned", Phrase.Country(party.Nationality), Percent.Show(usShare)))
                : (true, Phrase.Say("firrma.foreign-person.controlled", graph.NameOf(controller)));
        }

        var foreignController = ForeignController(graph, id, visiting);
        return foreignController is null
            ? (false, Phrase.Say("firrma.foreign-person.us-entity"))
            : (true, Phrase.Say("firrma.foreign-person.controlled", graph.NameOf(foreignController)));
    }

    private static string? ForeignController(OwnershipGraph graph, string id, HashSet<string> visiting) =>
        graph.HoldersOf(id)
            .Where(h => graph.DirectlyControls(h.Holder, id))
            .Select(h => h.Holder)
            .FirstOrDefault(holder => Assess(graph, holder, [.. visiting]).Foreign);

    /// <summary>800.220(b): equity traced through entities to individuals; holders not listed are not U.S. nationals.</summary>
    private static decimal UsNationalEquity(OwnershipGraph graph, string id, HashSet<string> visiting) =>
        visiting.Contains(id) ? 0m : graph.Remember("us-national-equity", id, "", () => UsNationalEquityOnce(graph, id, visiting));

    private static decimal UsNationalEquityOnce(OwnershipGraph graph, string id, HashSet<string> visiting)
    {
        visiting.Add(id);
        var share = 0m;
        foreach (var h in graph.HoldersOf(id))
        {
            var holder = graph.PartyOf(h.Holder);
            var holderShare = holder?.Kind switch
            {
                PartyKind.Individual => holder.Nationality == UnitedStates ? 100m : 0m,
                PartyKind.ForeignGovernment => 0m,
                null => 0m,
                _ => UsNationalEquity(graph, h.Holder, visiting),
            };
            share += h.EquityPercent * holderShare / 100m;
        }
        visiting.Remove(id);
        return Percent.Cap(share);
    }
}
