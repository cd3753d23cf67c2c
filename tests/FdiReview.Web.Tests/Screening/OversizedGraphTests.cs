using System.Net;
using System.Text.Json.Nodes;
using Alba;

namespace FdiReview.Web.Tests.Screening;

/// <summary>
/// Issue 14, finding 1: any signed-in user could send a graph that made the engine work for seconds. Graphs beyond
/// the documented limits, and cycles, are 400s naming the field; the 200-party ladder screens (timed in ops/bench).
/// </summary>
public class OversizedGraphTests(AppFixture app) : ApiTest(app)
{
    private async Task<(HttpStatusCode Status, JsonNode? Body)> Screen(object request)
    {
        var result = await As("investor-a", s => { s.Post.Json(request).ToUrl("/api/screenings"); s.IgnoreStatusCode(); });
        return ((HttpStatusCode)result.Context.Response.StatusCode, JsonNode.Parse(result.ReadAsText()));
    }

    [Fact]
    public async Task Ten_thousand_parties_are_refused_naming_the_parties()
    {
        var (status, body) = await Screen(new
        {
            regime = "firrma",
            parties = Enumerable.Range(0, 10_000).Select(i => new { id = $"P{i}", name = $"P{i}", kind = "corporation", nationality = "CN" }),
            investor = "P0",
            target = new { id = "T", name = "T", country = "US" },
        });
        status.ShouldBe(HttpStatusCode.BadRequest);
        body!["errors"]!["parties"].ShouldNotBeNull();
    }

    [Fact]
    public async Task A_cycle_is_refused_naming_the_holding_that_closes_it()
    {
        var (status, body) = await Screen(new
        {
            regime = "firrma",
            parties = new[] { new { id = "A", name = "A", kind = "corporation", nationality = "CN" }, new { id = "P", name = "P", kind = "corporation", nationality = "CN" } },
            ownership = new[] { new { holder = "P", entity = "A", votingPercent = 60 }, new { holder = "A", entity = "P", votingPercent = 10 } },
            investor = "A",
            target = new { id = "T", name = "T", country = "US" },
        });
        status.ShouldBe(HttpStatusCode.BadRequest);
        body!["errors"]!["ownership[1]"].ShouldNotBeNull();
    }

    [Fact]
    public async Task The_hundred_level_ladder_is_screened()
    {
        var ladder = Domain.Tests.Screening.Ladder.Of(100);
        var result = await As("investor-a", s => { s.Post.Json(ladder).ToUrl("/api/screenings"); s.StatusCodeShouldBeOk(); });
        JsonNode.Parse(result.ReadAsText())!["filing"]!.GetValue<string>().ShouldBe("mandatory-declaration");
    }
}
