using System.Net;
using System.Text.Json.Nodes;
using FdiReview.Web.Tests.Review;

namespace FdiReview.Web.Tests.Audit;

/// <summary>A case as it stood at any earlier version or instant, folded from exactly the events up to it.</summary>
public class CaseAsOfTests(AppFixture app) : CaseApiTest(app)
{
    // The clock is read at the moment asked for, and the actions offered depend on "now": both are compared apart.
    private static string Stable(JsonNode view)
    {
        var copy = view.DeepClone().AsObject();
        copy.Remove("clock");
        copy.Remove("allowedActions");
        return copy.ToJsonString();
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> AsOf(Guid id, string query, string user = "auditor-1")
    {
        var result = await As(user, s => { s.Get.Url($"/api/notifications/{id}/as-of?{query}"); s.IgnoreStatusCode(); });
        var text = result.ReadAsText();
        return ((HttpStatusCode)result.Context.Response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    [Fact]
    public async Task As_of_each_version_equals_the_case_as_it_was_right_after_that_event()
    {
        var id = await File();
        var seen = new List<JsonNode> { await Read(id) };
        await Ok(id, "officer-1", "acceptance", new { });
        seen.Add(await Read(id));
        await Ok(id, "officer-1", "information-requests", new { questions = "Who controls the general partner?" });
        seen.Add(await Read(id));
        await Ok(id, "officer-1", "decision-proposal", new { decision = "cleared", reasons = "No concern.", acknowledgeOpenItems = true });
        seen.Add(await Read(id));

        foreach (var live in seen)
        {
            var version = live["version"]!.GetValue<int>();
            var (status, then) = await AsOf(id, $"version={version}");
            status.ShouldBe(HttpStatusCode.OK, then?.ToJsonString());
            Stable(then!).ShouldBe(Stable(live), $"as of version {version}");
        }

        // Event timestamps are the database's own; an instant after the last event gives the case as it is.
        var now = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddSeconds(1).ToString("O"));
        (await AsOf(id, $"at={now}")).Body!["version"]!.GetValue<int>().ShouldBe(seen[^1]["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_moment_that_is_not_valid_is_a_problem_and_investors_cannot_replay()
    {
        var id = await File();
        (await AsOf(id, "")).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await AsOf(id, "version=0")).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await AsOf(id, "version=99")).Body!["detail"]!.GetValue<string>().ShouldContain("does not exist yet");
        (await AsOf(id, "at=2001-01-01T00:00:00Z")).Body!["detail"]!.GetValue<string>().ShouldContain("did not exist yet");
        (await AsOf(Guid.NewGuid(), "version=1")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await AsOf(id, "version=1", "investor-a")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }
}
