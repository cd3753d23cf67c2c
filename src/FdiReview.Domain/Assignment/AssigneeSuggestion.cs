using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Assignment;

/// <summary>An officer's current load and experience, as the suggestion weighs them.</summary>
public sealed record OfficerLoad(string OfficerId, string Name, int OpenCases, int HighPriorityCases, int OverdueCases, int CasesInRegime);

public sealed record Suggestion(string OfficerId, string Name, string Reason);

/// <summary>
/// Suggests who should take a case: the lightest load (high-priority and overdue cases weigh more), then
/// the most experience with the case's regime. A suggestion, never an assignment: a supervisor decides.
/// </summary>
public static class AssigneeSuggestion
{
    public static Suggestion? Suggest(IReadOnlyList<OfficerLoad> officers, Regime regime)
    {
        var best = officers
            .OrderBy(o => o.OpenCases + 2 * o.HighPriorityCases + 3 * o.OverdueCases)
            .ThenByDescending(o => o.CasesInRegime)
            .ThenBy(o => o.OfficerId, StringComparer.Ordinal)
            .FirstOrDefault();
        return best is null ? null : new Suggestion(best.OfficerId, best.Name,
            $"{best.Name} has {best.OpenCases} open case(s) ({best.HighPriorityCases} high priority, {best.OverdueCases} overdue) " +
            $"and has handled {best.CasesInRegime} {(regime == Regime.Fefta ? "FEFTA" : "FIRRMA")} case(s).");
    }
}
