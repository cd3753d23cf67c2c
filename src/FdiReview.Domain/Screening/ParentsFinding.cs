namespace FdiReview.Domain.Screening;

/// <summary>Every party's parents (≥50% of votes or profits, or general partner), transitively: 31 CFR 800.235,
/// and under FEFTA the chain through which holdings count indirectly (Art. 26(1)(iii)).</summary>
public static class ParentsFinding
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Run(OwnershipGraph graph, Findings findings,
        string rule = "FIRRMA-800.235", string citation = "31 CFR 800.235")
    {
        var parents = graph.Nodes.OrderBy(id => id, StringComparer.Ordinal)
            .ToDictionary(id => id, graph.ParentsOf, StringComparer.Ordinal);
        var withParents = parents.Where(p => p.Value.Count > 0).ToList();
        findings.Add(rule, citation, withParents.Count > 0,
            withParents.Count == 0
                ? Phrase.Say("parents.none")
                : Phrase.Say("parents.some", Phrase.Each(withParents.Select(p =>
                    Phrase.Say("parents.of", graph.NameOf(p.Key), Phrase.List(p.Value.Select(id => Phrase.Fact(graph.NameOf(id)))))))));
        return parents;
    }
}
