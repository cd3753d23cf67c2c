using System.Net;
using System.Text.Json.Nodes;
using Alba;
using FdiReview.Web.Infrastructure;
using FdiReview.Web.Tests.Review;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace FdiReview.Web.Tests.Hostile;

/// <summary>Security headers, request size, health endpoints and the durability settings PostgreSQL must have.</summary>
public class ProtectionTests(AppFixture app) : CaseApiTest(app)
{
    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var result = await As("officer-1", s => s.Get.Url("/api/notifications"));
        var headers = result.Context.Response.Headers;
        headers.XContentTypeOptions.ToString().ShouldBe("nosniff");
        headers.XFrameOptions.ToString().ShouldBe("DENY");
        headers.ContentSecurityPolicy.ToString().ShouldContain("frame-ancestors 'none'");
        headers["Referrer-Policy"].ToString().ShouldBe("same-origin");
    }

    /// <summary>Issue 14, finding 13: scripts only from this site; Blazor's inline import map carries the response's nonce.</summary>
    [Fact]
    public async Task Finding_13_pages_allow_scripts_from_this_site_and_the_import_map_by_nonce()
    {
        var page = await Host.Scenario(s => s.Get.Url("/sign-in"));
        var policy = page.Context.Response.Headers.ContentSecurityPolicy.ToString();
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "script-src 'self' 'nonce-([0-9A-F]{32})'").Groups[1].Value;
        nonce.ShouldNotBeEmpty(policy);
        page.ReadAsText().ShouldContain($"<script type=\"importmap\" nonce=\"{nonce}\">");
        var again = await Host.Scenario(s => s.Get.Url("/sign-in"));
        again.Context.Response.Headers.ContentSecurityPolicy.ToString().ShouldNotContain(nonce, Shouldly.Case.Sensitive, "a nonce serves one response");
    }

    /// <summary>Issue 14, finding 13: Kestrel's own bare refusals (a NUL in the URL, a URL too long) become problem details.</summary>
    [Theory]
    [InlineData("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\nDate: Wed, 02 Dec 2026 00:44:48 GMT\r\n\r\n", 400, "could not be read")]
    [InlineData("HTTP/1.1 414 URI Too Long\r\nContent-Length: 0\r\nConnection: close\r\nDate: Wed, 02 Dec 2026 00:44:48 GMT\r\n\r\n", 414, "8,192 bytes")]
    [InlineData("HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", 431, "headers")]
    public void Finding_13_a_bare_server_refusal_is_rewritten_as_problem_details(string bare, int status, string detail)
    {
        var text = System.Text.Encoding.ASCII.GetString(ServerRejections.Rewrite(System.Text.Encoding.ASCII.GetBytes(bare), 8192).ShouldNotBeNull());
        var (head, body) = (text[..text.IndexOf("\r\n\r\n")], text[(text.IndexOf("\r\n\r\n") + 4)..]);
        head.ShouldStartWith($"HTTP/1.1 {status} ");
        head.ShouldContain("Content-Type: application/problem+json");
        head.ShouldContain($"Content-Length: {body.Length}");
        head.ShouldContain("Connection: close");
        var problem = JsonNode.Parse(body)!;
        problem["status"]!.GetValue<int>().ShouldBe(status);
        $"{problem["title"]} {problem["detail"]}".ShouldContain(detail);
    }

    [Theory]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")]
    [InlineData("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")]
    [InlineData("HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")]
    [InlineData("HTTP/1.1 404 Not Found\r\nContent-Length: 12\r\nConnection: close\r\n\r\n")]
    public void Only_a_bare_refusal_is_rewritten(string response) =>
        ServerRejections.Rewrite(System.Text.Encoding.ASCII.GetBytes(response), 8192).ShouldBeNull();

    [Fact]
    public async Task An_oversized_json_request_is_refused_with_413_before_it_is_read()
    {
        var result = await As("investor-a", s =>
        {
            s.Post.Text("{\"facts\":\"" + new string('x', 1024 * 1024 + 10) + "\"}").ToUrl("/api/notifications");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(HttpStatusCode.RequestEntityTooLarge);
        });
        result.Context.Response.ContentType!.ShouldStartWith("application/problem+json");
    }

    [Fact]
    public async Task A_null_body_is_a_bad_request_not_a_crash()
    {
        var id = await File();
        var result = await As("officer-1", s =>
        {
            s.WithRequestHeader("If-Match", "\"1\"");
            s.Post.Text("null").ToUrl($"/api/notifications/{id}/return");
            s.WithRequestHeader("Content-Type", "application/json");
            s.IgnoreStatusCode();
        });
        result.Context.Response.StatusCode.ShouldBe(400, result.ReadAsText());
    }

    [Fact]
    public async Task Liveness_and_readiness_answer_without_sign_in()
    {
        var live = await Host.Scenario(s => s.Get.Url("/health/live"));
        JsonNode.Parse(live.ReadAsText())!["status"]!.GetValue<string>().ShouldBe("Healthy");
        var ready = JsonNode.Parse((await Host.Scenario(s => { s.Get.Url("/health/ready"); s.IgnoreStatusCode(); })).ReadAsText())!.AsObject();
        ready.Select(p => p.Key).ShouldBe(["status"]); // issue 14, finding 13: anonymous callers learn nothing of the database
        var detailed = JsonNode.Parse((await As("auditor-1", s => { s.Get.Url("/health/ready"); s.IgnoreStatusCode(); })).ReadAsText())!;
        detailed["checks"]!["database"]!["status"]!.GetValue<string>().ShouldBe("Healthy");
        (await As("investor-a", s => { s.Get.Url("/health/ready"); s.IgnoreStatusCode(); })).ReadAsText().ShouldNotContain("checks");
    }

    [Fact]
    public void No_response_names_the_server_software() =>
        Host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>()
            .Value.AddServerHeader.ShouldBeFalse(); // Kestrel's header; the test server has none of its own

    [Fact]
    public void PostgreSQL_settings_that_can_lose_acknowledged_work_are_named()
    {
        DurabilityCheck.Unsafe(new Dictionary<string, string> { ["fsync"] = "on", ["synchronous_commit"] = "on", ["full_page_writes"] = "on" }).ShouldBeEmpty();
        DurabilityCheck.Unsafe(new Dictionary<string, string> { ["fsync"] = "on", ["synchronous_commit"] = "local", ["full_page_writes"] = "on" }).ShouldBeEmpty();
        DurabilityCheck.Unsafe(new Dictionary<string, string> { ["fsync"] = "off", ["synchronous_commit"] = "off", ["full_page_writes"] = "on" })
            .ShouldBe(["fsync = off", "synchronous_commit = off"]);
    }
}

/// <summary>Each user has a budget of API calls; beyond it, 429 with Retry-After, and other users are unaffected.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly string _schema = $"test_rate_{Guid.NewGuid():N}"[..24];
    private IAlbaHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await AppFixture.IsolatedHost(_schema, Path.Combine(Path.GetTempPath(), "fdireview-tests", _schema), new Dictionary<string, string>
        {
            ["Audit:SealInterval"] = "00:00:00", ["RateLimiting:PermitsPerSecond"] = "1", ["RateLimiting:Burst"] = "5",
        });

    private async Task<string> Token(string user) =>
        (await (await _host.Scenario(s => s.Post.Json(new { user }).ToUrl("/api/dev/tokens"))).ReadAsJsonAsync<Web.Identity.DevSignIn.TokenResponse>())!.Token;

    [Fact]
    public async Task Beyond_its_budget_a_user_gets_429_with_retry_after_and_others_are_served()
    {
        var officer = await Token("officer-1");
        var auditor = await Token("auditor-1");
        var statuses = new List<int>();
        IScenarioResult? last = null;
        for (var i = 0; i < 8; i++)
        {
            last = await _host.Scenario(s =>
            {
                s.WithRequestHeader("Authorization", $"Bearer {officer}");
                s.Get.Url("/api/notifications");
                s.IgnoreStatusCode();
            });
            statuses.Add(last.Context.Response.StatusCode);
        }
        statuses.ShouldContain(429);
        last!.Context.Response.Headers.RetryAfter.ToString().ShouldNotBeNullOrEmpty();
        last.Context.Response.ContentType!.ShouldStartWith("application/problem+json");
        await _host.Scenario(s => { s.WithRequestHeader("Authorization", $"Bearer {auditor}"); s.Get.Url("/api/notifications"); s.StatusCodeShouldBeOk(); });
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        await _host.DisposeAsync();
        await AppFixture.DropSchema(_schema);
    }
}
