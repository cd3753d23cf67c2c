using FdiReview.Domain.Assignment;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Tests.Priority;

/// <summary>
/// The suggested assignee (issue 15, item 5): an officer with experience in the regime, not the supervisor with the
/// least load; the lightest desk among them, high-priority and overdue cases weighing more.
/// </summary>
public class AssigneeSuggestionTests
{
    private static readonly OfficerLoad[] Officers =
    [
        new("officer-1", "Kenji Sato", OpenCases: 3, HighPriorityCases: 0, OverdueCases: 0, CasesInRegime: 1),
        new("officer-2", "Emily Park", OpenCases: 2, HighPriorityCases: 1, OverdueCases: 0, CasesInRegime: 9),
        new("supervisor-1", "Haruka Ito", OpenCases: 0, HighPriorityCases: 0, OverdueCases: 0, CasesInRegime: 4, Supervisor: true),
    ];

    [Fact]
    public void The_supervisor_with_the_least_load_is_not_suggested_while_there_are_officers() =>
        AssigneeSuggestion.Suggest(Officers, Regime.Firrma)!.OfficerId.ShouldBe("officer-1"); // weighted loads 3 and 4

    [Fact]
    public void Among_equally_light_desks_the_most_experienced_officer_is_suggested()
    {
        var tied = Officers.Select(o => o with { OpenCases = 1, HighPriorityCases = 0 }).ToList();
        var suggestion = AssigneeSuggestion.Suggest(tied, Regime.Fefta)!;
        suggestion.OfficerId.ShouldBe("officer-2");
        suggestion.Reason.ShouldContain("handled 9 FEFTA case(s)");
    }

    [Fact]
    public void An_experienced_officer_one_case_heavier_goes_before_a_newcomer_but_not_two_cases_heavier()
    {
        var newcomer = new OfficerLoad("officer-3", "Ana Lopez", OpenCases: 2, HighPriorityCases: 0, OverdueCases: 0, CasesInRegime: 0);
        var veteran = new OfficerLoad("officer-1", "Kenji Sato", OpenCases: 3, HighPriorityCases: 0, OverdueCases: 0, CasesInRegime: 5);
        AssigneeSuggestion.Suggest([newcomer, veteran], Regime.Fefta)!.OfficerId.ShouldBe("officer-1");
        AssigneeSuggestion.Suggest([newcomer, veteran with { OpenCases = 4 }], Regime.Fefta)!.OfficerId.ShouldBe("officer-3");
    }

    [Fact]
    public void A_supervisor_is_suggested_only_when_there_is_no_officer_and_nobody_when_there_is_nobody()
    {
        AssigneeSuggestion.Suggest([Officers[2]], Regime.Firrma)!.OfficerId.ShouldBe("supervisor-1");
        AssigneeSuggestion.Suggest([], Regime.Fefta).ShouldBeNull();
    }
}
