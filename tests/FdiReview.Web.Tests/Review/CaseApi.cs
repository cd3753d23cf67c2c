using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alba;
using FdiReview.Web.Tests.Intake;
using Wolverine;
using Wolverine.Http;
using Wolverine.Tracking;

namespace FdiReview.Web.Tests.Review;

/// <summary>Calls the case API the way the console does: read the case, decide on its version.</summary>
public abstract class CaseApiTest(AppFixture app) : ApiTest(app)
{
    /// <summary>Attaches a file to the case as the given user, through the multipart documents endpoint.</summary>
    protected async Task<(HttpStatusCode Status, JsonNode? Body)> Upload(Guid id, string user, string fileName, byte[] content, bool restricted = false)
    {
        var token = await TokenFor(user);
        using var client = Host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        form.Add(new StringContent(restricted ? "true" : "false"), "restricted");
        var response = await client.PostAsync($"/api/notifications/{id}/documents", form);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    protected async Task<Guid> File(object? body = null, string investor = "investor-a")
    {
        var result = await As(investor, s =>
        {
            s.Post.Json(body ?? Filings.Valid()).ToUrl("/api/notifications");
            s.StatusCodeShouldBe(HttpStatusCode.Created);
        });
        return (await result.ReadAsJsonAsync<CreationResponse<Guid>>())!.Value;
    }

    protected async Task<JsonNode> Read(Guid id, string user = "officer-1") =>
        JsonNode.Parse((await As(user, s => s.Get.Url($"/api/notifications/{id}"))).ReadAsText())!;

    /// <summary>Posts a command with the case's current version in If-Match; returns the status code and the body.</summary>
    protected async Task<(HttpStatusCode Status, JsonNode? Body)> Act(Guid id, string user, string path, object body, int? version = null)
    {
        version ??= (await Read(id, user))["version"]!.GetValue<int>();
        var token = await TokenFor(user);
        var result = await Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.WithRequestHeader("If-Match", $"\"{version}\"");
            s.Post.Json(body).ToUrl($"/api/notifications/{id}/{path}");
            s.IgnoreStatusCode();
        });
        var text = result.ReadAsText();
        return ((HttpStatusCode)result.Context.Response.StatusCode, string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text));
    }

    protected async Task<JsonNode?> Ok(Guid id, string user, string path, object body)
    {
        var (status, response) = await Act(id, user, path, body);
        status.ShouldBe(HttpStatusCode.OK, response?.ToJsonString());
        return response;
    }

    /// <summary>Drafts a mitigation agreement for the case and has both parties sign it; returns its id.</summary>
    protected async Task<Guid> SignedAgreement(Guid notificationId, string investor = "investor-a")
    {
        var drafted = await Decide("officer-1", $"/api/notifications/{notificationId}/agreement",
            new { conditions = new[] { new { key = "reports", type = "periodic-compliance-report", text = "Quarterly report", everyMonths = 3 } } });
        var agreementId = drafted["agreementId"]!.GetValue<Guid>();
        foreach (var user in new[] { "officer-1", investor })
            await Decide(user, $"/api/agreements/{agreementId}/signature", new { version = 1 });
        return agreementId;
    }

    /// <summary>Accepts the case, puts an agreement in force and records a material violation of it.</summary>
    protected async Task<(Guid Agreement, Guid Violation)> ViolationInForce(Guid notificationId)
    {
        await Ok(notificationId, "officer-1", "acceptance", new { });
        var agreementId = await SignedAgreement(notificationId);
        var violation = await Decide("officer-1", $"/api/agreements/{agreementId}/violations",
            new { conditionKey = "reports", evidence = "Report missing", severity = "material" });
        return (agreementId, violation["violationId"]!.GetValue<Guid>());
    }

    /// <summary>
    /// Posts a command on a case or an agreement the way the console does: it reads the record first and says in
    /// If-Match which version it decided on.
    /// </summary>
    protected async Task<JsonNode> Decide(string user, string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var version = await VersionBehind(url, user);
        var text = (await As(user, s =>
        {
            s.WithRequestHeader("If-Match", $"\"{version}\"");
            s.Post.Json(body).ToUrl(url);
            s.StatusCodeShouldBe(expected);
        })).ReadAsText();
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    /// <summary>The agreement as this user reads it.</summary>
    protected async Task<JsonNode> Agreement(Guid id, string user = "officer-1") =>
        JsonNode.Parse((await As(user, s => s.Get.Url($"/api/agreements/{id}"))).ReadAsText())!;

    /// <summary>The case as the agency reads it, typed.</summary>
    protected async Task<Web.Review.CaseView> Case(Guid id, string user = "officer-1") =>
        (await (await As(user, s => s.Get.Url($"/api/notifications/{id}"))).ReadAsJsonAsync<Web.Review.CaseView>())!;

    /// <summary>The case as its investor reads it, typed.</summary>
    protected async Task<Web.Review.InvestorCaseView> InvestorCase(Guid id, string user = "investor-a") =>
        (await (await As(user, s => s.Get.Url($"/api/notifications/{id}"))).ReadAsJsonAsync<Web.Review.InvestorCaseView>())!;

    /// <summary>Sends a typed command on the case the way the console does (the version read first, in If-Match) and reads the typed answer.</summary>
    protected async Task<T> Send<T>(Guid id, string user, string path, object command)
    {
        var (status, body) = await Act(id, user, path, command);
        status.ShouldBe(HttpStatusCode.OK, body?.ToJsonString());
        return body.Deserialize<T>(System.Text.Json.JsonSerializerOptions.Web)!;
    }

    /// <summary>The version of the notification or agreement a command route names.</summary>
    protected async Task<int> VersionBehind(string url, string user)
    {
        var record = System.Text.RegularExpressions.Regex.Match(url, @"^/api/(notifications|agreements)/[0-9a-f-]{36}").Value;
        return JsonNode.Parse((await As(user, s => s.Get.Url(record))).ReadAsText())!["version"]!.GetValue<int>();
    }

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>Runs the step under Wolverine's message tracking, so the test waits for what it caused and no longer.</summary>
    protected Task<ITrackedSession> Tracked(Func<Task> step) =>
        Host.TrackActivity().Timeout(Patience).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ => step()));

    /// <summary>The deadlines the step scheduled, fired now (one already due when scheduled may have run in the session itself).</summary>
    protected static async Task<ITrackedSession> Fired<T>(ITrackedSession session) =>
        session.Executed.MessagesOf<T>().Any() ? session : await session.PlayScheduledMessagesAsync(Patience);

    protected static object Notice(string regime = "firrma") => regime == "firrma"
        ? Filings.Valid()
        : new
        {
            facts = new
            {
                regime = "fefta",
                parties = new[] { new { id = "A", name = "Investor A", kind = "corporation", nationality = "US", feftaInvestorClass = "general" } },
                investor = "A",
                target = new { id = "T", name = "Target K.K.", country = "JP", listed = true, feftaSector = "designated" },
                transaction = new { votingPercentAfter = 5 },
            },
        };
}
