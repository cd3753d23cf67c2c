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

        changes.ShouldBe(
        [
            new FieldChange("status", "filed", "under-review"),
            new FieldChange("version", "1", "3"),
            new FieldChange("determination", null, """{"filing":"mandatory","rules":[1,2]}"""),
            new FieldChange("requests[0]", null, """{"q":"Who?"}"""),
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
