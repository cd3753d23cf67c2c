using System.Net;
using FdiReview.Web.Tests.Review;

namespace FdiReview.Web.Tests.Portal;

/// <summary>Only the users taking part in a filing see it; the filing admin adds colleagues as contributors or agents.</summary>
public class ParticipantTests(AppFixture app) : CaseApiTest(app)
{
    [Fact]
    public async Task A_colleague_sees_the_filing_only_once_the_admin_adds_them()
    {
        var id = await File();
        await As("investor-a2", s => { s.Get.Url($"/api/notifications/{id}"); s.StatusCodeShouldBe(HttpStatusCode.NotFound); });

        await Ok(id, "investor-a", "participants", new { userId = "investor-a2", role = "contributor" });
        var view = await Read(id, "investor-a2");
        view["myRole"]!.GetValue<string>().ShouldBe("contributor");
        view["participants"]!.AsArray().Count.ShouldBe(2);

        await Ok(id, "investor-a", "participants/investor-a2/removal", new { });
        await As("investor-a2", s => { s.Get.Url($"/api/notifications/{id}"); s.StatusCodeShouldBe(HttpStatusCode.NotFound); });
    }

    [Fact]
    public async Task Only_the_admin_adds_only_colleagues_and_an_agent_acts_for_the_investor()
    {
        var id = await File();
        (await Act(id, "investor-a", "participants", new { userId = "investor-b", role = "agent" })).Status.ShouldBe(HttpStatusCode.Conflict);
        await Ok(id, "investor-a", "participants", new { userId = "counsel-a", role = "agent" });
        (await Act(id, "counsel-a", "participants", new { userId = "investor-a2", role = "contributor" })).Status.ShouldBe(HttpStatusCode.Conflict);

        await Ok(id, "counsel-a", "withdrawal", new { reason = "Instructed by the client to withdraw." });
        var history = System.Text.Json.Nodes.JsonNode.Parse((await As("auditor-1", s => s.Get.Url($"/api/notifications/{id}/history"))).ReadAsText())!.AsArray();
        history.Last()!["actorName"]!.GetValue<string>().ShouldContain("Mori & Partners");
    }
}
