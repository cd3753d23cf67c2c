using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Assignment;

/// <summary>An officer's current load and experience, as the suggestion weighs them.</summary>
public sealed record OfficerLoad(string OfficerId, string Name, int OpenCases, int HighPriorityCases, int OverdueCases, int CasesInRegime,
    bool Supervisor = false)
{
    /// <summary>High-priority and overdue cases weigh more than others.</summary>
    public int Weight => OpenCases + 2 * HighPriorityCases + 3 * OverdueCases;
}

public sealed record Suggestion(string OfficerId, string Name, string Reason);

/// <summary>
/// Suggests who should take a case: an officer (supervisors approve decisions, so they are suggested only when there
/// is no officer) who has handled cases under the regime, unless that officer's desk is more than one case heavier
/// than the lightest; among those, the lightest desk, then the most experience. A suggestion, never an assignment: a
/// supervisor decides.
/// </summary>
public static class AssigneeSuggestion
{
    /// <summary>How much heavier an experienced officer's desk may be than the lightest and still be suggested.</summary>
    public const int ExperienceOutweighs = 1;

    public static Suggestion? Suggest(IReadOnlyList<OfficerLoad> officers, Regime regime)
    {
        var desks = officers.Any(o => !o.Supervisor) ? officers.Where(o => !o.Supervisor).ToList() : officers.ToList();
        if (desks.Count == 0) return null;
        var lightest = desks.Min(o => o.Weight);
        var experienced = desks.Where(o => o.CasesInRegime > 0 && o.Weight <= lightest + ExperienceOutweighs).ToList();
        var best = (experienced.Count > 0 ? experienced : desks)
            .OrderBy(o => o.Weight)
            .ThenByDescending(o => o.CasesInRegime)
            .ThenBy(o => o.OfficerId, StringComparer.Ordinal)
            .First();
        var name = regime == Regime.Fefta ? "FEFTA" : "FIRRMA";
        return new Suggestion(best.OfficerId, best.Name,
            Glossary.Word(best.CasesInRegime == 0 ? "assign.suggestion-new" : "assign.suggestion", best.Name, best.CasesInRegime, name, best.OpenCases,
                best.HighPriorityCases, best.OverdueCases));
    }
}
