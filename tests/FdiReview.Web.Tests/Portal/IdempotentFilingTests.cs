using System.Net;
using System.Text.Json.Nodes;
using Alba;
using FdiReview.Web.Queue;
using FdiReview.Web.Tests.Intake;
using Marten;

namespace FdiReview.Web.Tests.Portal;

/// <summary>Systems retry: the same Idempotency-Key returns the original notification, never a second one.</summary>
public class IdempotentFilingTests(AppFixture app) : ApiTest(app)
{
    private async Task<IScenarioResult> File(string key, object body, HttpStatusCode expected) =>
        await As("investor-a", s =>
        {
            s.WithRequestHeader("Idempotency-Key", key);
            s.Post.Json(body).ToUrl("/api/notifications");
            s.StatusCodeShouldBe(expected);
        });

    [Fact]
    public async Task A_retry_with_the_same_key_returns_the_original_notification_and_writes_nothing()
    {
        var first = await File("order-4711", Filings.Valid(), HttpStatusCode.Created);
        Clock.Advance(TimeSpan.FromHours(6));
        var retry = await File("order-4711", Filings.Valid(), HttpStatusCode.Created);

        var id = JsonNode.Parse(first.ReadAsText())!["value"]!.GetValue<Guid>();
        JsonNode.Parse(retry.ReadAsText())!["value"]!.GetValue<Guid>().ShouldBe(id);
        retry.Context.Response.Headers.Location.ToString().ShouldBe($"/api/notifications/{id}");
        await using var session = Store.QuerySession();
        (await session.Query<NotificationSummary>().CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_a_422()
    {
        await File("order-4712", Filings.Valid(), HttpStatusCode.Created);
        var result = await File("order-4712", Filings.Valid("Another target Inc."), HttpStatusCode.UnprocessableEntity);
        result.ReadAsText().ShouldContain("different body");
    }

    [Fact]
    public async Task Concurrent_retries_make_one_notification()
    {
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => File("order-4713", Filings.Valid(), HttpStatusCode.Created)));
        await using var session = Store.QuerySession();
        (await session.Query<NotificationSummary>().CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Bodies_that_try_to_set_server_owned_fields_are_refused()
    {
        foreach (var field in new[] { "status", "organization", "receiptNumber", "filedBy" })
        {
            var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Filings.Valid()))!.AsObject();
            body[field] = "forged";
            var result = await As("investor-a", s =>
            {
                s.Post.Text(body.ToJsonString()).ToUrl("/api/notifications");
                s.WithRequestHeader("Content-Type", "application/json");
                s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
            });
            result.ReadAsText().ShouldContain(field);
        }
    }
}
