using System.Text.Json.Nodes;

namespace FdiReview.Web.Tests.Review;

/// <summary>Officers' workload, the suggested assignee and the deadline calendar.</summary>
public class WorkloadTests(AppFixture app) : CaseApiTest(app)
{
    [Fact]
    public async Task Workload_counts_each_officers_open_cases_and_the_suggestion_goes_to_the_lighter_desk()
    {
        Clock.Set(new DateTimeOffset(2027, 3, 1, 15, 0, 0, TimeSpan.Zero));
        var first = await File();
        var second = await File();
        var third = await File();
        await Ok(first, "officer-1", "assignment", new { });
        await Ok(second, "officer-1", "assignment", new { });

        var workload = JsonNode.Parse((await As("supervisor-1", s => s.Get.Url("/api/workload"))).ReadAsText())!.AsArray();
        workload.Single(w => w!["officerId"]!.GetValue<string>() == "officer-1")!["openCases"]!.GetValue<int>().ShouldBe(2);

        var suggestion = JsonNode.Parse((await As("supervisor-1", s => s.Get.Url($"/api/notifications/{third}/suggested-assignee"))).ReadAsText())!;
        suggestion["officerId"]!.GetValue<string>().ShouldNotBe("officer-1");

        var deadlines = JsonNode.Parse((await As("officer-2", s => s.Get.Url("/api/deadlines"))).ReadAsText())!.AsArray();
        deadlines.Count.ShouldBe(3);
        deadlines[0]!["clockDue"]!.GetValue<string>().ShouldBe("2027-03-15");
    }
}
