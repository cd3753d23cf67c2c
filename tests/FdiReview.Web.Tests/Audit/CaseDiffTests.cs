using System.Text.Json.Nodes;
using FdiReview.Web.Audit;

namespace FdiReview.Web.Tests.Audit;

/// <summary>The auditor's diff between two moments of a case (pure; no database).</summary>
public class CaseDiffTests
{
    [Fact]
    public void Changed_fields_are_listed_by_path_and_a_part_present_at_one_moment_is_one_line()
    {
        var before = JsonNode.Parse("""{"status":"filed","version":1,"determination":null,"requests":[],"allowedActions":["a"]}""");
        var after = JsonNode.Parse("""{"status":"under-review","version":3,"determination":{"filing":"mandatory","rules":[1,2]},"requests":[{"q":"Who?"}],"allowedActions":["b"]}""");

        var changes = CaseDiff.Between(before, after);

        changes.Select(c => c.Path).ShouldBe(["status", "version", "determination", "requests[0]"]);
    }

    /// <summary>Issue 15, item 7: the diff reads in words — field names, statuses, codes — and shows no identifiers.</summary>
    [Fact]
    public void Fields_and_values_read_in_words_without_identifiers()
    {
        var before = JsonNode.Parse("""{"status":"filed","clock":{"phase":"declaration-assessment"},"informationRequests":[],"closedWithCase":false}""");
        var after = JsonNode.Parse("""
            {"status":"under-review","clock":{"phase":"review"},"closedWithCase":true,
             "informationRequests":[{"id":"01a247f9-7a8f-7679-9b45-758e210b733f","questions":"Who?","dueOn":"2026-03-04","response":null,"overdue":false}]}
            """);

        var changes = CaseDiff.Between(before, after);

        changes.ShouldBe(
        [
            new FieldChange("status", "Status", "Filed, awaiting acceptance", "Under review"),
            new FieldChange("clock.phase", "Clock › phase", "Declaration assessment", "Review"),
            new FieldChange("informationRequests[0]", "Information requests › 1", null, "questions: Who?, due on: 2026-03-04, overdue: no"),
            new FieldChange("closedWithCase", "Closed with case", "no", "yes"),
        ]);
    }

    [Fact]
    public void The_same_moment_has_no_differences()
    {
        var view = JsonNode.Parse("""{"status":"filed","clock":{"due":"2026-03-04"}}""");
        CaseDiff.Between(view, view!.DeepClone()).ShouldBeEmpty();
    }

    [Fact]
    public void Nested_changes_name_the_innermost_field()
    {
        var before = JsonNode.Parse("""{"clock":{"phase":"review","due":"2026-03-04"}}""");
        var after = JsonNode.Parse("""{"clock":{"phase":"investigation","due":"2026-04-20"}}""");
        CaseDiff.Between(before, after).Select(c => c.Path).ShouldBe(["clock.phase", "clock.due"]);
    }
}
