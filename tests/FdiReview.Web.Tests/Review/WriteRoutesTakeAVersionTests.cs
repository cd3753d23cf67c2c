using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FdiReview.Web.Tests.Review;

/// <summary>
/// Optimistic concurrency everywhere: every write route on a case or an agreement takes the version it was decided
/// on, answers an outdated one with 409 and the current version, and a missing one with 400 naming
/// <c>expectedVersion</c> (except purely additive steps). The routes are read from the running app, so a new one is
/// checked the day it is added.
/// </summary>
public class WriteRoutesTakeAVersionTests(AppFixture app) : CaseApiTest(app)
{
    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    /// <summary>Steps that only add to the record (a document, facts screened anew): a version is checked when given.</summary>
    private static readonly string[] Additive = ["api/notifications/{id}/documents", "api/notifications/{id}/corrections"];

    private static readonly string[] Users = ["officer-1", "investor-a"];

    private IReadOnlyList<(string Method, string Route)> RecordWrites() =>
        Host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(WriteMethods.Contains).Select(m => (Method: m, Route: (e.RoutePattern.RawText ?? "").TrimStart('/'))))
            .Where(w => Regex.IsMatch(w.Route, @"^api/(notifications|agreements)/\{id\}/"))
            .Distinct().OrderBy(w => w.Route).ToList();

    [Fact]
    public async Task Every_write_route_answers_an_outdated_version_with_409_and_the_current_one()
    {
        var (caseId, agreementId) = await CaseWithAgreement();
        var writes = RecordWrites();
        writes.Count.ShouldBeGreaterThan(30);

        var wrong = new List<string>();
        foreach (var (method, route) in writes)
        {
            var (id, current) = route.StartsWith("api/agreements") ? (agreementId, await VersionOf("agreements", agreementId)) : (caseId, await VersionOf("notifications", caseId));
            var (status, body) = await FirstAllowed(method, route, id, current + 7);
            if (status != HttpStatusCode.Conflict || body?["currentVersion"]?.GetValue<int>() != current)
                wrong.Add($"{method} {route} → {(int)status} {body?.ToJsonString()}");
        }
        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_write_route_but_the_additive_ones_refuses_a_missing_version_naming_the_field()
    {
        var (caseId, agreementId) = await CaseWithAgreement();
        var wrong = new List<string>();
        foreach (var (method, route) in RecordWrites())
        {
            var (status, body) = await FirstAllowed(method, route, route.StartsWith("api/agreements") ? agreementId : caseId, version: null);
            var namesTheVersion = body?["errors"]?["expectedVersion"] is not null;
            var expected = !Additive.Contains(route);
            if (expected != (status == HttpStatusCode.BadRequest && namesTheVersion))
                wrong.Add($"{method} {route} → {(int)status} {body?.ToJsonString()}");
        }
        wrong.ShouldBeEmpty();
    }

    /// <summary>A filed, accepted case with a drafted agreement, so both kinds of record exist.</summary>
    private async Task<(Guid Case, Guid Agreement)> CaseWithAgreement()
    {
        var id = await File();
        await Ok(id, "officer-1", "acceptance", new { });
        var drafted = await Decide("officer-1", $"/api/notifications/{id}/agreement",
            new { conditions = new[] { new { key = "reports", type = "periodic-compliance-report", text = "Quarterly report", everyMonths = 3 } } });
        return (id, drafted["agreementId"]!.GetValue<Guid>());
    }

    private async Task<int> VersionOf(string records, Guid id) =>
        JsonNode.Parse((await As("officer-1", s => s.Get.Url($"/api/{records}/{id}"))).ReadAsText())!["version"]!.GetValue<int>();

    /// <summary>Sends the route as the first demo user whose role may use it (an empty body; the version in If-Match).</summary>
    private async Task<(HttpStatusCode Status, JsonNode? Body)> FirstAllowed(string method, string route, Guid id, int? version)
    {
        var url = "/" + Regex.Replace(route.Replace("{id}", id.ToString()), "{[^}]+}", Guid.NewGuid().ToString());
        (HttpStatusCode, JsonNode?) answer = (HttpStatusCode.Forbidden, null);
        foreach (var user in Users)
        {
            using var client = Host.Server.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenFor(user));
            using var request = new HttpRequestMessage(new HttpMethod(method), url)
            {
                Content = route.EndsWith("/documents") ? Document() : new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
            };
            if (version is { } v) request.Headers.TryAddWithoutValidation("If-Match", $"\"{v}\"");
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            answer = (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
            if (response.StatusCode != HttpStatusCode.Forbidden) return answer;
        }
        return answer;
    }

    private static MultipartFormDataContent Document() =>
        new() { { new ByteArrayContent("%PDF-1.4 test"u8.ToArray()), "file", "evidence.pdf" } };
}
