using System.Net;
using FdiReview.Web.Tests.Review;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FdiReview.Web.Tests.Audit;

/// <summary>Auditors read everything and change nothing: every write route of the API answers them 403.</summary>
public class AuditorIsReadOnlyTests(AppFixture app) : CaseApiTest(app)
{
    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    // Not writes to the record: signing in (development only), the what-if screening, which computes and records
    // nothing, and the auditor's own choice of language.
    private static readonly string[] NotWrites = ["/api/dev/tokens", "/api/screenings", "/api/me/language"];

    [Fact]
    public async Task Every_write_endpoint_refuses_the_auditor()
    {
        var writes = Host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(WriteMethods.Contains).Select(m => (Method: m, Route: e.RoutePattern.RawText ?? "")))
            .Where(w => w.Route.TrimStart('/').StartsWith("api/") && !NotWrites.Contains("/" + w.Route.TrimStart('/')))
            .Distinct().ToList();
        writes.Count.ShouldBeGreaterThan(20);

        var allowed = new List<string>();
        foreach (var (method, route) in writes)
        {
            var url = "/" + System.Text.RegularExpressions.Regex.Replace(route.TrimStart('/'), "{[^}]+}", Guid.NewGuid().ToString());
            var result = await As("auditor-1", s =>
            {
                s.WithRequestHeader("If-Match", "\"1\"");
                (method switch { "PUT" => s.Put, "PATCH" => s.Patch, "DELETE" => s.Delete, _ => s.Post }).Json(new { }).ToUrl(url);
                s.IgnoreStatusCode();
            });
            if (result.Context.Response.StatusCode != (int)HttpStatusCode.Forbidden) allowed.Add($"{method} {route} → {result.Context.Response.StatusCode}");
        }
        allowed.ShouldBeEmpty();
    }
}
