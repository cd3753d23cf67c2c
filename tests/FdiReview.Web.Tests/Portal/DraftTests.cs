using System.Net;
using Alba;
using System.Text.Json.Nodes;

namespace FdiReview.Web.Tests.Portal;

/// <summary>Wizard drafts belong to their author; server-owned fields cannot be set through them.</summary>
public class DraftTests(AppFixture app) : ApiTest(app)
{
    [Fact]
    public async Task A_draft_is_saved_read_back_by_its_author_and_missing_for_anyone_else()
    {
        var id = Guid.NewGuid();
        await As("investor-a", s => { s.Put.Json(new { investorName = "Harbour Lane", targetName = "Cascade Photonics" }).ToUrl($"/api/drafts/{id}"); s.StatusCodeShouldBeOk(); });

        var draft = JsonNode.Parse((await As("investor-a", s => s.Get.Url($"/api/drafts/{id}"))).ReadAsText())!;
        draft["form"]!["targetName"]!.GetValue<string>().ShouldBe("Cascade Photonics");
        await As("investor-a2", s => { s.Get.Url($"/api/drafts/{id}"); s.StatusCodeShouldBe(HttpStatusCode.NotFound); });
        await As("investor-b", s => { s.Put.Json(new { investorName = "Hijack" }).ToUrl($"/api/drafts/{id}"); s.StatusCodeShouldBe(HttpStatusCode.NotFound); });
        JsonNode.Parse((await As("investor-b", s => s.Get.Url("/api/drafts"))).ReadAsText())!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Server_owned_fields_in_a_draft_or_a_command_are_refused()
    {
        await As("investor-a", s =>
        {
            s.Put.Json(new { investorName = "Harbour Lane", owner = "investor-b" }).ToUrl($"/api/drafts/{Guid.NewGuid()}");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
        await As("officer-1", s =>
        {
            s.Post.Json(new { reason = "x", status = "closed" }).ToUrl($"/api/notifications/{Guid.NewGuid()}/investigation");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
    }
}
