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

    public async Task InitializeAsync()
    {
        JasperFxEnvironment.AutoStartHost = true;
        _host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("FDI_DATABASE_URL", AppFixture.DatabaseUrl);
            builder.UseSetting("FdiReview:Schema", _schema);
            builder.UseSetting("Audit:SealInterval", "00:00:00");
            builder.UseSetting("Audit:Directory", Path.Combine(Path.GetTempPath(), "fdireview-tests", _schema));
            builder.UseSetting("RateLimiting:PermitsPerSecond", "1");
            builder.UseSetting("RateLimiting:Burst", "5");
            builder.ConfigureServices(services => services.RunWolverineInSoloMode());
        });
    }

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
