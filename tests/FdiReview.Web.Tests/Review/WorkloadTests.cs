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

/// <summary>Officers save named queue filters; each sees only their own.</summary>
public class SavedQueueViewTests(AppFixture app) : CaseApiTest(app)
{
    [Fact]
    public async Task A_saved_view_belongs_to_its_officer()
    {
        var id = Guid.NewGuid();
        await As("officer-1", s => { s.Put.Json(new { name = "My overdue FEFTA", regime = "fefta", overdue = true, mine = true }).ToUrl($"/api/queue-views/{id}"); });
        var mine = JsonNode.Parse((await As("officer-1", s => s.Get.Url("/api/queue-views"))).ReadAsText())!.AsArray();
        mine.Single()!["name"]!.GetValue<string>().ShouldBe("My overdue FEFTA");
        mine.Single()!["regime"]!.GetValue<string>().ShouldBe("fefta");
        JsonNode.Parse((await As("officer-2", s => s.Get.Url("/api/queue-views"))).ReadAsText())!.AsArray().ShouldBeEmpty();
        await As("officer-2", s => { s.Delete.Url($"/api/queue-views/{id}"); s.StatusCodeShouldBe(System.Net.HttpStatusCode.NotFound); });
        await As("officer-1", s => { s.Put.Json(new { name = " " }).ToUrl($"/api/queue-views/{Guid.NewGuid()}"); s.StatusCodeShouldBe(System.Net.HttpStatusCode.BadRequest); });
    }
}
