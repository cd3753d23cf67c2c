using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;

namespace FdiReview.EndToEnd.Tests;

/// <summary>
/// The real app on Kestrel (127.0.0.1, a free port) against the real PostgreSQL, in a schema of its own,
/// and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class RunningApp : IAsyncLifetime
{
    private const string LocalCluster = "postgres://postgres:fdireview@127.0.0.1:54329/fdireview";
    private static string DatabaseUrl => Environment.GetEnvironmentVariable("FDI_DATABASE_URL") is { Length: > 0 } url ? url : LocalCluster;

    private readonly string _schema = $"test_e2e_{Guid.NewGuid():N}"[..24];
    private readonly string _audit = Path.Combine(Path.GetTempPath(), "fdireview-tests", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program> _factory = null!;
    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Screenshots and traces for people to look at; git ignores the folder.</summary>
    public static string Artifacts
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FdiReview.sln"))) dir = dir.Parent;
            var path = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "tests", ".artifacts");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    public async Task InitializeAsync()
    {
        JasperFxEnvironment.AutoStartHost = true;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("FDI_DATABASE_URL", DatabaseUrl);
            builder.UseSetting("FdiReview:Schema", _schema);
            builder.UseSetting("FdiReview:SeedDemoData", "false");
            builder.UseSetting("Audit:Directory", _audit);
            // The only node: its projections (and so the high-water mark the audit sealer follows) start at
            // once instead of waiting for the cluster's first assignment round.
            builder.ConfigureServices(services => Wolverine.TestingExtensions.RunWolverineInSoloMode(services));
            builder.UseSetting("RateLimiting:PermitsPerSecond", "100000");
            builder.UseSetting("RateLimiting:Burst", "100000");
        });
        _factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
        await using var connection = new NpgsqlConnection(FdiReview.Web.Infrastructure.DatabaseSettings.FromUrl(DatabaseUrl));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop schema if exists {_schema} cascade", connection);
        await drop.ExecuteNonQueryAsync();
        if (Directory.Exists(_audit)) Directory.Delete(_audit, recursive: true);
    }

    /// <summary>A fresh browser session signed in as a demo user, waiting until the page is interactive.</summary>
    public async Task<IPage> SignedInAs(string user, string? language = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        // A browser that already chose a language (the culture cookie), without changing the user's kept choice.
        if (language is not null)
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = BaseAddress.ToString() }]);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await Interactive(page);
        await page.GetByTestId($"sign-in-{user}").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/sign-in"));
        await Interactive(page);
        return page;
    }

    /// <summary>Opens a case action's dialog, lets the test fill it, submits and waits for the dialog to close.</summary>
    public static async Task Act(IPage page, string action, Func<Task>? fill = null)
    {
        await page.GetByTestId($"action-{action}").ClickAsync();
        await page.GetByTestId("action-submit").WaitForAsync();
        if (fill is not null) await fill();
        await page.GetByTestId("action-submit").ClickAsync();
        await page.GetByTestId("action-submit").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    /// <summary>An API client signed in as a demo user with a bearer token, for steps a test does not drive through pages.</summary>
    public async Task<IAPIRequestContext> ApiAs(string user)
    {
        var anonymous = await _playwright.APIRequest.NewContextAsync(new APIRequestNewContextOptions { BaseURL = BaseAddress.ToString() });
        var response = await anonymous.PostAsync("/api/dev/tokens", new APIRequestContextOptions { DataObject = new { user } });
        var token = System.Text.Json.JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("token").GetString();
        await anonymous.DisposeAsync();
        return await _playwright.APIRequest.NewContextAsync(new APIRequestNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" },
        });
    }

    /// <summary>Files, as the given investor, a FIRRMA notice of a foreign company taking control of a U.S. business; returns its id.</summary>
    public static async Task<Guid> FileControl(IAPIRequestContext investor, string investorName = "Harbour Lane Robotics", string nationality = "HK",
        string target = "Keystone Drones", int votingPercentAfter = 60)
    {
        var filed = await investor.PostAsync("/api/notifications", new() { DataObject = new
        {
            facts = new
            {
                regime = "firrma",
                parties = new[] { new { id = "A", name = investorName, kind = "corporation", nationality } },
                investor = "A",
                target = new { id = "T", name = $"{target} {Guid.NewGuid().ToString()[..6]}", country = "US", usBusiness = true },
                transaction = new { votingPercentAfter },
            },
        } });
        return System.Text.Json.JsonDocument.Parse(await filed.TextAsync()).RootElement.GetProperty("value").GetGuid();
    }

    /// <summary>
    /// A command on a case or an agreement (<paramref name="record"/>: its API path), sent as the console sends it: on
    /// the version just read (its ETag, in If-Match). Fails the test unless it succeeds; returns the answer.
    /// </summary>
    public static async Task<System.Text.Json.JsonElement> Command(IAPIRequestContext api, string record, string path, object body)
    {
        var version = (await api.GetAsync(record)).Headers["etag"];
        var response = await api.PostAsync(record + path, new() { Headers = new Dictionary<string, string> { ["If-Match"] = version }, DataObject = body });
        var text = await response.TextAsync();
        response.Ok.ShouldBeTrue(text);
        return text.Length == 0 ? default : System.Text.Json.JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Picks a country or currency by typing part of its name into the picker and choosing it from the list.</summary>
    public static async Task Pick(IPage page, string inputId, string name)
    {
        await page.Locator($"#{inputId}").FillAsync(name);
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = name }).First.ClickAsync();
        await Assertions.Expect(page.Locator($"#{inputId}")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(name)));
    }

    /// <summary>Opens a select (by its test id) and chooses the option with this text.</summary>
    public static async Task Choose(IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = option }).First.ClickAsync();
    }

    /// <summary>The wizard's transaction step asks what the investment is worth.</summary>
    public static async Task StateValue(IPage page, string amount = "25000000", string currency = "US Dollar")
    {
        await page.Locator("#investmentValue").FillAsync(amount);
        await Pick(page, "currency", currency);
    }

    /// <summary>Blazor prerenders: a click before the circuit is up is lost, so wait for the marker it renders then.</summary>
    public static Task Interactive(IPage page) =>
        page.GetByTestId("interactive").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
}

/// <summary>One running app and browser for all browser tests: they share it, one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<RunningApp>
{
    public const string Name = "browser";
}
