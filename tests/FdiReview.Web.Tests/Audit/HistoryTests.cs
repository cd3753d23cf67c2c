using System.Net;
using System.Text.Json.Nodes;
using FdiReview.Web.Tests.Review;

namespace FdiReview.Web.Tests.Audit;

/// <summary>The plain-words history: filterable, tied to requests by correlation id, and the access log beside it.</summary>
public class HistoryTests(AppFixture app) : CaseApiTest(app)
{
    private async Task<JsonArray> History(Guid id, string query = "", string user = "auditor-1") =>
        JsonNode.Parse((await As(user, s => s.Get.Url($"/api/notifications/{id}/history{query}"))).ReadAsText())!.AsArray();

    [Fact]
    public async Task Each_line_names_the_actor_role_time_and_correlation_and_filters_narrow_it()
    {
        var id = await File();
        await Ok(id, "officer-1", "acceptance", new { });
        await Ok(id, "officer-1", "information-requests", new { questions = "Ownership of Fund GP" });

        var request = (await History(id, "?type=information_requested")).Single()!;
        request["summary"]!.GetValue<string>().ShouldMatch(@"^Kenji Sato requested information: Ownership of Fund GP; due \d{4}-\d{2}-\d{2}$");
        request["actorRole"]!.GetValue<string>().ShouldBe("Officer");
        request["userId"]!.GetValue<string>().ShouldBe("officer-1");
        request["correlationId"]!.GetValue<string>().ShouldNotBeNullOrEmpty();

        (await History(id, "?role=investor")).Select(e => e!["eventType"]!.GetValue<string>()).ShouldBe(["notification_filed"]);
        (await History(id, "?actor=sato")).Count.ShouldBe(2);
        (await History(id, "?text=fund%20gp")).Count.ShouldBe(1);
        (await History(id, $"?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(5).ToString("O"))}")).Count.ShouldBe(0);
    }

    [Fact]
    public async Task Opening_a_document_is_logged_for_auditors_and_never_changes_the_case()
    {
        var id = await File();
        var (_, document) = await Upload(id, "investor-a", "ownership.pdf", "%PDF-1.4 ownership chart"u8.ToArray());
        var version = (await Read(id))["version"]!.GetValue<int>();

        await As("officer-2", s => s.Get.Url($"/api/notifications/{id}/documents/{document!["documentId"]}"));

        (await Read(id))["version"]!.GetValue<int>().ShouldBe(version);
        var log = JsonNode.Parse((await As("auditor-1", s => s.Get.Url($"/api/notifications/{id}/access-log"))).ReadAsText())!.AsArray();
        var line = log.Single()!;
        line["eventType"]!.GetValue<string>().ShouldBe("document_opened");
        line["summary"]!.GetValue<string>().ShouldBe("Emily Park opened the document ownership.pdf");
        await As("officer-1", s => { s.Get.Url($"/api/notifications/{id}/access-log"); s.StatusCodeShouldBe(HttpStatusCode.Forbidden); });
        await As("investor-a", s => { s.Get.Url($"/api/notifications/{id}/access-log"); s.StatusCodeShouldBe(HttpStatusCode.Forbidden); });
    }
}
