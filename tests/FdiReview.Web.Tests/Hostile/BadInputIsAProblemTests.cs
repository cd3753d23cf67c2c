using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FdiReview.Web.Tests.Review;

namespace FdiReview.Web.Tests.Hostile;

/// <summary>Issue 14, finding 9: inputs that reached the framework or the calendar as 500s are 400 (or 404) problems.</summary>
public class BadInputIsAProblemTests(AppFixture app) : CaseApiTest(app)
{
    private async Task<(Guid Case, Guid Agreement, Guid Violation)> AgreementInForce()
    {
        var id = await File();
        await Ok(id, "officer-1", "acceptance", new { });
        var agreement = await SignedAgreement(id);
        var violation = (await Decide("officer-1", $"/api/agreements/{agreement}/violations",
            new { conditionKey = "reports", evidence = "Report missing", severity = "material" }))["violationId"]!.GetValue<Guid>();
        return (id, agreement, violation);
    }

    [Fact]
    public async Task Agreement_dates_and_numbers_out_of_range_are_400s_naming_the_field()
    {
        var (_, agreement, violation) = await AgreementInForce();
        (await Decide("officer-1", $"/api/agreements/{agreement}/violations/{violation}/remediation", new { plan = "Fix", due = "9999-12-31" }, HttpStatusCode.BadRequest))
            ["errors"]!["due"].ShouldNotBeNull();
        (await Decide("investor-a", $"/api/agreements/{agreement}/notice-events", new { conditionKey = "reports", description = "Sale", on = "9999-12-31" }, HttpStatusCode.BadRequest))
            ["errors"]!["on"].ShouldNotBeNull();
        (await Decide("investor-a", $"/api/agreements/{agreement}/versions", new
        {
            conditions = new object[] { new { key = "notice", type = "notice-before-ownership-change", text = "Notice", noticeDays = int.MaxValue } },
        }, HttpStatusCode.BadRequest))["errors"]!["conditions[0].noticeDays"].ShouldNotBeNull();
        (await Decide("investor-a", $"/api/agreements/{agreement}/versions", new
        {
            conditions = new object[] { new { key = "audit", type = "third-party-audit", text = "Audit", dueBy = "9999-12-31" } },
        }, HttpStatusCode.BadRequest))["errors"]!["conditions[0].dueBy"].ShouldNotBeNull();
    }

    [Fact]
    public async Task A_page_beyond_any_queue_is_a_400()
    {
        foreach (var user in new[] { "officer-1", "investor-a" })
            await As(user, s => { s.Get.Url("/api/notifications?page=85899347"); s.StatusCodeShouldBe(HttpStatusCode.BadRequest); });
    }

    [Fact]
    public async Task As_of_on_an_id_that_is_not_a_notification_is_a_404()
    {
        var (_, agreement, _) = await AgreementInForce();
        await As("auditor-1", s => { s.Get.Url($"/api/notifications/{agreement}/as-of?version=1"); s.StatusCodeShouldBe(HttpStatusCode.NotFound); });
    }

    [Fact]
    public async Task A_malformed_multipart_body_is_a_400_and_a_quote_in_a_file_name_is_kept_out_of_the_download()
    {
        var id = await File();
        using var client = Host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenFor("investor-a"));
        var broken = new StringContent("--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end", Encoding.UTF8);
        broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        (await client.PostAsync($"/api/notifications/{id}/documents", broken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var file = new ByteArrayContent("%PDF-1.4 minutes"u8.ToArray());
        file.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"file\"; filename=\"board \\\"minutes\\\".pdf\"");
        using var form = new MultipartFormDataContent { file };
        var uploaded = await client.PostAsync($"/api/notifications/{id}/documents", form);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.OK, await uploaded.Content.ReadAsStringAsync());
        var documentId = System.Text.Json.Nodes.JsonNode.Parse(await uploaded.Content.ReadAsStringAsync())!["documentId"]!.GetValue<Guid>();
        var download = await client.GetAsync($"/api/notifications/{id}/documents/{documentId}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldNotContain("\"");
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/console\r\nSet-Cookie: x=1")]
    public async Task A_control_character_in_the_sign_in_return_url_lands_on_the_home_page(string returnUrl)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.FormData(new Dictionary<string, string> { ["user"] = "officer-1", ["returnUrl"] = returnUrl }).ToUrl("/account/dev-sign-in");
            s.IgnoreStatusCode();
        });
        result.Context.Response.StatusCode.ShouldBeLessThan(500);
        if (result.Context.Response.StatusCode is >= 300 and < 400)
            result.Context.Response.Headers.Location.ToString().ShouldBe("/console/queue");
    }
}
