using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using FdiReview.Web.Tests.Review;

namespace FdiReview.Web.Tests.Portal;

/// <summary>Attachments: accepted types and size, the hash on record, restricted documents seen only by their uploader and officers.</summary>
public class DocumentTests(AppFixture app) : CaseApiTest(app)
{
    private async Task<HttpStatusCode> Download(Guid id, string user, Guid documentId)
    {
        var token = await TokenFor(user);
        using var client = Host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetAsync($"/api/notifications/{id}/documents/{documentId}")).StatusCode;
    }

    [Fact]
    public async Task A_document_is_stored_with_its_hash_and_can_be_downloaded()
    {
        var id = await File();
        var (status, body) = await Upload(id, "investor-a", "ownership-chart.pdf", "%PDF-1.7 chart"u8.ToArray());
        status.ShouldBe(HttpStatusCode.OK, body?.ToJsonString());
        body!["sha256"]!.GetValue<string>().ShouldBe(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData("%PDF-1.7 chart"u8.ToArray())));
        var documentId = body["documentId"]!.GetValue<Guid>();
        (await Download(id, "officer-1", documentId)).ShouldBe(HttpStatusCode.OK);
        (await Download(id, "investor-b", documentId)).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Wrong_types_and_oversize_files_get_a_clear_error_and_nothing_is_recorded()
    {
        var id = await File();
        var (status, body) = await Upload(id, "investor-a", "payload.exe", [1, 2, 3]);
        status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        body!["detail"]!.GetValue<string>().ShouldContain("PDF");

        (status, body) = await Upload(id, "investor-a", "huge.pdf", new byte[10 * 1024 * 1024 + 1]);
        status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        body!["detail"]!.GetValue<string>().ShouldContain("at most");

        (await Read(id, "investor-a"))["documents"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_restricted_document_is_invisible_to_other_participants_but_not_to_officers()
    {
        var id = await File();
        await Ok(id, "investor-a", "participants", new { userId = "investor-a2", role = "contributor" });
        var (_, body) = await Upload(id, "investor-a", "board-minutes.docx", "minutes"u8.ToArray(), restricted: true);
        var documentId = body!["documentId"]!.GetValue<Guid>();

        (await Read(id, "investor-a2"))["documents"]!.AsArray().ShouldBeEmpty();
        (await Download(id, "investor-a2", documentId)).ShouldBe(HttpStatusCode.NotFound);
        (await Read(id, "investor-a"))["documents"]!.AsArray().Count.ShouldBe(1);
        (await Read(id, "officer-2"))["documents"]!.AsArray().Count.ShouldBe(1);
        (await Download(id, "officer-2", documentId)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_document_for_a_case_nobody_filed_is_not_found_and_nothing_is_stored()
    {
        // The upload goes through the bus; a missing record there once answered 200 with an empty body.
        foreach (var user in new[] { "investor-a", "officer-1" })
        {
            var (status, body) = await Upload(Guid.NewGuid(), user, "evidence.csv", "evidence"u8.ToArray());
            status.ShouldBe(HttpStatusCode.NotFound);
            body!["detail"]!.GetValue<string>().ShouldBe("No such notification.");
        }
    }
}
