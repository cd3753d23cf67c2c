using Alba;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine;
using Wolverine.Persistence;

namespace FdiReview.Web.Tests;

/// <summary>
/// The real app against the real PostgreSQL (ops/test exports FDI_DATABASE_URL; by hand, ops/pg start),
/// in a schema of its own for this run that is dropped at the end.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public const string LocalCluster = "postgres://postgres:fdireview@127.0.0.1:54329/fdireview";
    public static string DatabaseUrl => Environment.GetEnvironmentVariable("FDI_DATABASE_URL") is { Length: > 0 } url ? url : LocalCluster;

    public string Schema { get; } = $"test_web_{Guid.NewGuid():N}"[..24];
    public IAlbaHost Host { get; private set; } = null!;
    public TestClock Clock { get; } = new();
    public string AuditDirectory { get; } = Path.Combine(Path.GetTempPath(), "fdireview-tests", Guid.NewGuid().ToString("N"));
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync() => Host = await StartHost();

    /// <summary>Starts the app on this fixture's schema; tests that restart the host call it again.</summary>
    public async Task<IAlbaHost> StartHost()
    {
        JasperFxEnvironment.AutoStartHost = true;
        return await BuildHost();
    }

    private async Task<IAlbaHost> BuildHost()
    {
        return await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("FDI_DATABASE_URL", DatabaseUrl);
            builder.UseSetting("FdiReview:Schema", Schema);
            builder.UseSetting("FdiReview:SeedDemoData", "false");
            // Tests seal the audit chain on demand, and checkpoint every time they do.
            builder.UseSetting("Audit:Directory", AuditDirectory);
            builder.UseSetting("Audit:SealInterval", "00:00:00");
            builder.UseSetting("Audit:CheckpointInterval", "00:00:00");
            // Tests call the API far faster than a person: the rate limit has its own test.
            builder.UseSetting("RateLimiting:PermitsPerSecond", "100000");
            builder.UseSetting("RateLimiting:Burst", "100000");
            builder.ConfigureServices(services =>
            {
                // The projection daemon runs as in production (hot/cold; this host is the only node).
                services.RunWolverineInSoloMode();
                services.AddSingleton<TimeProvider>(Clock);
            });
        });
    }

    public async Task RestartHost()
    {
        await Host.StopAsync();
        await Host.DisposeAsync();
        Host = await StartHost();
    }

    public async Task DisposeAsync()
    {
        await Host.StopAsync();
        await Host.DisposeAsync();
        await DropSchema(Schema);
        if (Directory.Exists(AuditDirectory)) Directory.Delete(AuditDirectory, recursive: true);
    }

    /// <summary>The chain and its checkpoints describe the events just deleted: start them afresh too.</summary>
    public async Task ClearAuditChain()
    {
        await Sql($"truncate {Schema}.{Web.Audit.AuditChainTable.Name}");
        if (Directory.Exists(AuditDirectory)) Directory.Delete(AuditDirectory, recursive: true);
    }

    /// <summary>Runs SQL as the database owner the tests connect as (never as the app's restricted role).</summary>
    public static async Task Sql(string sql)
    {
        await using var connection = new NpgsqlConnection(Web.Infrastructure.DatabaseSettings.FromUrl(DatabaseUrl));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// An app of its own, in Development on a schema of its own, its single node running every agent at once, for a
    /// test that needs settings the shared app does not have (demo data, rate limits, another database role).
    /// </summary>
    public static Task<IAlbaHost> IsolatedHost(string schema, string auditDirectory, IReadOnlyDictionary<string, string> settings,
        string? databaseUrl = null)
    {
        JasperFxEnvironment.AutoStartHost = true;
        return AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("FDI_DATABASE_URL", databaseUrl ?? DatabaseUrl);
            builder.UseSetting("FdiReview:Schema", schema);
            builder.UseSetting("Audit:Directory", auditDirectory);
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
            builder.ConfigureServices(services => services.RunWolverineInSoloMode());
        });
    }

    public static async Task DropSchema(string schema)
    {
        await using var connection = new NpgsqlConnection(Web.Infrastructure.DatabaseSettings.FromUrl(DatabaseUrl));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop schema if exists {schema} cascade", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}

/// <summary>Each test starts from empty data; tests call the API as demo users with real bearer tokens.</summary>
[Collection(AppCollection.Name)]
public abstract partial class ApiTest(AppFixture app) : IAsyncLifetime
{
    protected IAlbaHost Host => app.Host;
    protected TestClock Clock => app.Clock;
    protected AppFixture App => app;
    protected IDocumentStore Store => app.Store;

    public async Task InitializeAsync()
    {
        Clock.Reset();
        await Host.ResetAllMartenDataAsync();
        await Host.ClearAllPersistedWolverineDataAsync();
        await app.ClearAuditChain();
    }

    /// <summary>After every test, whatever it left in the store still folds and renders (issue 14, finding 3).</summary>
    public Task DisposeAsync() => EveryStoredStreamFoldsAndRenders();

    protected async Task<string> TokenFor(string user)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { user }).ToUrl("/api/dev/tokens");
            s.StatusCodeShouldBeOk();
        });
        return (await result.ReadAsJsonAsync<Web.Identity.DevSignIn.TokenResponse>())!.Token;
    }

    /// <summary>A page's antiforgery field, as its forms post it.</summary>
    protected static string FormToken(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

    /// <summary>Signs a demo user in through the sign-in form, as a browser does; returns its cookies (antiforgery and session).</summary>
    protected async Task<string> SignedInCookies(string user)
    {
        var page = await Host.Scenario(s => s.Get.Url("/sign-in"));
        var antiforgery = page.Context.Response.Headers.SetCookie.ToString().Split(';')[0];
        var result = await Host.Scenario(s =>
        {
            s.WithRequestHeader("Cookie", antiforgery);
            s.Post.FormData(new Dictionary<string, string> { ["user"] = user, ["__RequestVerificationToken"] = FormToken(page.ReadAsText()) })
                .ToUrl("/account/dev-sign-in");
            s.StatusCodeShouldBe(System.Net.HttpStatusCode.Redirect);
        });
        var session = result.Context.Response.Headers.SetCookie.Select(c => c!.Split(';')[0]).Single(c => c.StartsWith("fdireview="));
        return $"{antiforgery}; {session}";
    }

    /// <summary>A page as a signed-in browser asks for it, whatever the status.</summary>
    protected Task<IScenarioResult> Page(string cookies, string url) =>
        Host.Scenario(s =>
        {
            s.WithRequestHeader("Cookie", cookies);
            s.Get.Url(url);
            s.IgnoreStatusCode();
        });

    protected async Task<IScenarioResult> As(string user, Action<Scenario> configure)
    {
        var token = await TokenFor(user);
        return await Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            configure(s);
        });
    }
}
