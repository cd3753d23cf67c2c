using FdiReview.Domain.Assignment;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Tests.Priority;

/// <summary>The suggested assignee: the lightest load, weighting high-priority and overdue cases; experience breaks ties.</summary>
public class AssigneeSuggestionTests
{
    [Fact]
    public void The_lightest_weighted_load_is_suggested_and_experience_breaks_ties()
    {
        var officers = new[]
        {
            new OfficerLoad("officer-1", "Kenji Sato", OpenCases: 3, HighPriorityCases: 0, OverdueCases: 0, CasesInRegime: 1),
            new OfficerLoad("officer-2", "Emily Park", OpenCases: 2, HighPriorityCases: 1, OverdueCases: 0, CasesInRegime: 9),
            new OfficerLoad("supervisor-1", "Haruka Ito", OpenCases: 1, HighPriorityCases: 0, OverdueCases: 1, CasesInRegime: 4),
        };
        // Weighted loads: 3, 4, 4.
        AssigneeSuggestion.Suggest(officers, Regime.Firrma)!.OfficerId.ShouldBe("officer-1");

        var tied = officers.Select(o => o with { OpenCases = 1, HighPriorityCases = 0, OverdueCases = 0 }).ToList();
        var suggestion = AssigneeSuggestion.Suggest(tied, Regime.Fefta)!;
        suggestion.OfficerId.ShouldBe("officer-2");
        suggestion.Reason.ShouldContain("9 FEFTA case(s)");
        AssigneeSuggestion.Suggest([], Regime.Fefta).ShouldBeNull();
    }
}
