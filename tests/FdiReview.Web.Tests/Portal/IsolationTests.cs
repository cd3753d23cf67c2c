using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FdiReview.Web.Tests.Intake;

namespace FdiReview.Web.Tests.Portal;

/// <summary>
/// Two investors of different companies act at random, as an attacker would: each tries the other's ids on
/// every investor-facing endpoint. No response may ever carry an id minted for the other, and the other's
/// ids must always read as missing (404).
/// </summary>
public class IsolationTests(AppFixture app) : ApiTest(app)
{
    private const int Actions = 500;

    private sealed class Investor(string user)
    {
        public string User { get; } = user;
        public string Token { get; set; } = "";
        public List<Guid> Notifications { get; } = [];
        public List<Guid> Drafts { get; } = [];
        public HashSet<Guid> Ids { get; } = [];
    }

    private HttpClient _client = null!;

    private async Task<(HttpStatusCode Status, string Body)> Send(string token, HttpMethod method, string url, HttpContent? content = null, int? version = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (version is { } v) request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{v}\""));
        using var response = await _client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    [Fact]
    public async Task Two_investors_acting_at_random_never_see_each_others_ids()
    {
        _client = Host.Server.CreateClient();
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FDI_ISOLATION_SEED"), out var given) ? given : Environment.TickCount;
        var random = new Random(seed);
        var a = new Investor("investor-a") { Token = await TokenFor("investor-a") };
        var b = new Investor("investor-b") { Token = await TokenFor("investor-b") };
        var officer = await TokenFor("officer-1");
        var log = new List<string>();

        for (var step = 0; step < Actions; step++)
        {
            var (me, other) = random.Next(2) == 0 ? (a, b) : (b, a);
            var theirs = other.Notifications.Count > 0 ? other.Notifications[random.Next(other.Notifications.Count)] : Guid.NewGuid();
            var mine = me.Notifications.Count > 0 ? me.Notifications[random.Next(me.Notifications.Count)] : (Guid?)null;
            var action = me.Notifications.Count == 0 ? 0 : random.Next(14);
            (HttpStatusCode Status, string Body) response;
            var expectMissing = false;

            switch (action)
            {
                case 0:
                    response = await Send(me.Token, HttpMethod.Post, "/api/notifications", Json(Filings.Valid($"Target {step}")));
                    var id = JsonNode.Parse(response.Body)!["value"]!.GetValue<Guid>();
                    me.Notifications.Add(id);
                    me.Ids.Add(id);
                    break;
                case 1:
                    response = await Send(me.Token, HttpMethod.Get, "/api/notifications?pageSize=200");
                    break;
                case 2:
                    response = await Send(me.Token, HttpMethod.Get, $"/api/notifications/{mine}");
                    break;
                case 3:
                    response = await Send(me.Token, HttpMethod.Get, $"/api/notifications/{theirs}");
                    expectMissing = true;
                    break;
                case 4:
                    response = await Send(me.Token, HttpMethod.Get, $"/api/notifications/{theirs}/documents");
                    expectMissing = true;
                    break;
                case 5:
                    var form = new MultipartFormDataContent { { new ByteArrayContent("evidence"u8.ToArray()), "file", "evidence.csv" } };
                    var target = random.Next(2) == 0 ? mine!.Value : theirs;
                    response = await Send(me.Token, HttpMethod.Post, $"/api/notifications/{target}/documents", form);
                    expectMissing = target == theirs;
                    if (!expectMissing && response.Status == HttpStatusCode.OK)
                        me.Ids.Add(JsonNode.Parse(response.Body)!["documentId"]!.GetValue<Guid>());
                    break;
                case 6:
                    response = await Send(me.Token, HttpMethod.Post, $"/api/notifications/{theirs}/withdrawal", Json(new { reason = "Mine now." }), 1);
                    expectMissing = true;
                    break;
                case 7:
                    response = await Send(me.Token, HttpMethod.Post, $"/api/notifications/{theirs}/corrections",
                        Json(new { ((dynamic)Filings.Valid("Forged")).facts, reason = "Take over." }));
                    expectMissing = true;
                    break;
                case 8:
                    response = await Send(me.Token, HttpMethod.Post, $"/api/notifications/{theirs}/participants", Json(new { userId = me.User, role = "agent" }), 1);
                    expectMissing = true;
                    break;
                case 9:
                    // An officer asks the owner a question; the other investor tries to answer it.
                    var asked = await Send(officer, HttpMethod.Post, $"/api/notifications/{theirs}/information-requests", Json(new { questions = "Who controls you?" }),
                        JsonNode.Parse((await Send(officer, HttpMethod.Get, $"/api/notifications/{theirs}")).Body)?["version"]?.GetValue<int>());
                    var requestId = asked.Status == HttpStatusCode.OK ? JsonNode.Parse(asked.Body)!["requestId"]!.GetValue<Guid>() : Guid.NewGuid();
                    other.Ids.Add(requestId);
                    response = await Send(me.Token, HttpMethod.Post, $"/api/notifications/{theirs}/information-requests/{requestId}/response", Json(new { response = "Me." }), 1);
                    expectMissing = true;
                    break;
                case 10:
                    response = await Send(me.Token, HttpMethod.Post, $"/api/notifications/{theirs}/post-investment-report", Json(new { executedOn = "2026-01-01", report = "x" }), 1);
                    expectMissing = true;
                    break;
                case 12:
                    var draftId = Guid.NewGuid();
                    response = await Send(me.Token, HttpMethod.Put, $"/api/drafts/{draftId}", Json(new { investorName = "Draft investor", targetName = $"Draft {step}" }));
                    me.Drafts.Add(draftId);
                    me.Ids.Add(draftId);
                    break;
                case 13:
                    var theirDraft = other.Drafts.Count > 0 ? other.Drafts[random.Next(other.Drafts.Count)] : Guid.NewGuid();
                    response = random.Next(3) switch
                    {
                        0 => await Send(me.Token, HttpMethod.Get, $"/api/drafts/{theirDraft}"),
                        1 => await Send(me.Token, HttpMethod.Put, $"/api/drafts/{theirDraft}", Json(new { investorName = "Hijack" })),
                        _ => await Send(me.Token, HttpMethod.Delete, $"/api/drafts/{theirDraft}"),
                    };
                    expectMissing = other.Drafts.Contains(theirDraft);
                    if (!expectMissing) (response = await Send(me.Token, HttpMethod.Get, "/api/drafts")).Status.ShouldBe(HttpStatusCode.OK);
                    break;
                default:
                    var version = JsonNode.Parse((await Send(me.Token, HttpMethod.Get, $"/api/notifications/{mine}")).Body)!["version"]!.GetValue<int>();
                    response = await Send(me.Token, HttpMethod.Post, $"/api/notifications/{mine}/withdrawal", Json(new { reason = "Restructuring." }), version);
                    break;
            }

            log.Add($"{step} {me.User} action {action}: {(int)response.Status}");
            var context = $"seed {seed}, step {step}, {me.User} action {action}: {(int)response.Status} {response.Body}";
            if (expectMissing) response.Status.ShouldBe(HttpStatusCode.NotFound, context);
            else ((int)response.Status).ShouldBeLessThan(500, context);
            foreach (var leaked in other.Ids)
                response.Body.ShouldNotContain(leaked.ToString(), Shouldly.Case.Insensitive, context);
        }

        a.Notifications.Count.ShouldBeGreaterThan(0);
        b.Notifications.Count.ShouldBeGreaterThan(0);
        log.Count.ShouldBe(Actions);
    }
}
