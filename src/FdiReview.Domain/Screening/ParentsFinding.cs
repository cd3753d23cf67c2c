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
                ? "No party holds 50% or more of the votes or profits of another, nor is a general partner: no parents."
                : string.Join("; ", withParents.Select(p => $"{graph.NameOf(p.Key)} has parent(s) {string.Join(", ", p.Value.Select(graph.NameOf))}")) + ".");
        return parents;
    }
}
