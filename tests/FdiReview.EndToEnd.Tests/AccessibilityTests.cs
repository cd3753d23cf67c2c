using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace FdiReview.EndToEnd.Tests;

/// <summary>Issue 15: every page, as every role, passes axe-core's WCAG 2.1 A and AA rules and shows no code words.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(RunningApp app)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Whatever scrolls sideways: the page itself, or a part of it (a table wider than its box).</summary>
    private const string SidewaysScrolling = """
        () => {
          const out = [];
          const page = document.documentElement;
          if (page.scrollWidth > page.clientWidth + 1) out.push(`the page (${page.scrollWidth} px in ${page.clientWidth})`);
          for (const el of document.querySelectorAll('body *')) {
            const style = getComputedStyle(el);
            if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1
                && el.tagName !== 'TEXTAREA')
              out.push(`${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join('.')} (${el.scrollWidth} px in ${el.clientWidth})`);
          }
          return out;
        }
        """;

    /// <summary>Pages people look at all day, photographed at both screen sizes for review.</summary>
    private static readonly string[] Photographed = ["/console/queue", "/console/notifications/", "/agreements/", "/audit/cases/"];

    /// <summary>A case with something in every section: an open request, a consultation, a document, an agreement in force.</summary>
    private async Task<(Guid Case, Guid Agreement)> BusyCase()
    {
        var investor = await app.ApiAs("investor-a");
        var officer = await app.ApiAs("officer-1");
        var id = await RunningApp.FileControl(investor);
        var record = $"/api/notifications/{id}";
        await RunningApp.Command(officer, record, "/acceptance", new { });
        await RunningApp.Command(officer, record, "/information-requests", new { questions = "Who controls the general partner?" });
        await RunningApp.Command(officer, record, "/consultations", new { agency = "Department of Defense", question = "Is the target a supplier?" });
        var agreement = (await RunningApp.Command(officer, record, "/agreement", new
        {
            conditions = new object[] { new { key = "reports", type = "periodic-compliance-report", text = "Quarterly compliance report", everyMonths = 3 } },
        })).GetProperty("agreementId").GetGuid();
        await RunningApp.Command(officer, $"/api/agreements/{agreement}", "/signature", new { version = 1 });
        await RunningApp.Command(investor, $"/api/agreements/{agreement}", "/signature", new { version = 1 });
        await investor.DisposeAsync();
        await officer.DisposeAsync();
        return (id, agreement);
    }

    /// <summary>
    /// Cases in the other states a person meets: a FEFTA prior notification with its determination, one returned as
    /// incomplete, one decided (cleared, with its decision panel), one withdrawn.
    /// </summary>
    private async Task<Guid[]> CasesInEachState()
    {
        var investor = await app.ApiAs("investor-a");
        var officer = await app.ApiAs("officer-1");
        var supervisor = await app.ApiAs("supervisor-1");
        var fefta = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", "fefta-state-owned-listed-designated-3pct.json")))!["request"]!;
        var filed = await investor.PostAsync("/api/notifications", new() { DataObject = new { facts = fefta } });
        var feftaCase = JsonDocument.Parse(await filed.TextAsync()).RootElement.GetProperty("value").GetGuid();
        await RunningApp.Command(officer, $"/api/notifications/{feftaCase}", "/acceptance", new { });

        var returned = await RunningApp.FileControl(investor, target: "Returned Optics");
        await RunningApp.Command(officer, $"/api/notifications/{returned}", "/return", new { missingItems = new[] { "Ownership chart" } });

        var decided = await RunningApp.FileControl(investor, target: "Decided Drones");
        await RunningApp.Command(officer, $"/api/notifications/{decided}", "/acceptance", new { });
        await RunningApp.Command(officer, $"/api/notifications/{decided}", "/decision-proposal", new { decision = "cleared", reasons = "No risk identified." });
        await RunningApp.Command(supervisor, $"/api/notifications/{decided}", "/decision-proposal/approval", new { decision = "cleared", conditions = Array.Empty<string>() });

        var withdrawn = await RunningApp.FileControl(investor, target: "Withdrawn Sensors");
        await RunningApp.Command(investor, $"/api/notifications/{withdrawn}", "/withdrawal", new { reason = "The deal fell through." });
        foreach (var api in new[] { investor, officer, supervisor }) await api.DisposeAsync();
        return [feftaCase, returned, decided, withdrawn];
    }

    /// <summary>
    /// Issue 15, items 2 and 9: WCAG 2.1 A and AA (Section 508; JIS X 8341-3:2016 level AA) and domain words on every
    /// page each role opens, over a case with something in every section. The findings are written to the artefacts.
    /// </summary>
    [Fact]
    public async Task Every_page_for_every_role_passes_WCAG_2_1_AA_and_shows_no_code_words()
    {
        CodeWords.In("""ClearedWithMitigation 01a23487-c4fa-73a7-876f-f53a657c68fe System.Text (U) J21 notification_filed covered-investment noCoreCommitteeAttendance {"status": 1}""").Count()
            .ShouldBeGreaterThanOrEqualTo(9, "the crawler sees each kind of code word");
        var (id, agreement) = await BusyCase();
        var states = await CasesInEachState();
        var agency = new[] { "/console/queue", "/console/my-work", "/console/statistics", "/console/deadlines", "/console/workload", "/what-if",
            $"/console/notifications/{id}", $"/audit/cases/{id}", $"/agreements/{agreement}", $"/agreements/{agreement}/print", "/forbidden", "/not-found" };
        var pages = new Dictionary<string, string[]>
        {
            ["officer-1"] = [.. agency, .. states.Select(s => $"/console/notifications/{s}"), $"/audit/cases/{states[2]}"],
            ["supervisor-1"] = agency,
            ["auditor-1"] = [.. agency.Where(p => !p.StartsWith("/agreements"))],
            ["investor-a"] = ["/portal", "/portal/file", "/what-if", $"/portal/notifications/{id}", $"/agreements/{agreement}", $"/agreements/{agreement}/print", "/forbidden",
                .. states.Select(s => $"/portal/notifications/{s}")],
        };
        var report = new List<string>();
        var words = new List<string>();
        var sideways = new List<string>();
        var anonymous = await (await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() })).NewPageAsync();
        await anonymous.GotoAsync("/sign-in");
        await RunningApp.Interactive(anonymous);
        report.AddRange((await anonymous.RunAxe(Wcag21AA)).Violations.Select(v => $"anonymous /sign-in: {v.Id}: {v.Help}"));
        await anonymous.Context.CloseAsync();
        foreach (var (user, paths) in pages)
        {
            var page = await app.SignedInAs(user);
            foreach (var path in paths)
            {
                // Issue 15, item 4: usable at 1280×800 without scrolling sideways.
                await page.SetViewportSizeAsync(1280, 800);
                await page.GotoAsync(path);
                await RunningApp.Interactive(page);
                sideways.AddRange((await page.EvaluateAsync<string[]>(SidewaysScrolling)).Select(s => $"{user} {path}: {s}"));
                if (user == "officer-1" && Photographed.FirstOrDefault(path.StartsWith) is { } kind)
                    foreach (var (width, height) in new[] { (1280, 800), (1920, 1080) })
                    {
                        await page.SetViewportSizeAsync(width, height);
                        var name = kind.Trim('/').Split('/').Last() + (path.EndsWith("/print") ? "-print" : "");
                        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Artifacts, $"{name}-{width}x{height}.png"), FullPage = true });
                        sideways.AddRange((await page.EvaluateAsync<string[]>(SidewaysScrolling)).Select(s => $"{user} {path} at {width}: {s}"));
                    }
                var result = await page.RunAxe(Wcag21AA);
                foreach (var v in result.Violations)
                    report.Add($"{user} {path}: {v.Id} ({v.Impact}) x{v.Nodes.Length}: {v.Help} :: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html.Length > 200 ? n.Html[..200] : n.Html))}");
                // What a tab holds is read only once it is open: open each in turn.
                var text = await page.InnerTextAsync("body");
                foreach (var tab in await page.Locator(".mud-tab:not(.mud-disabled)").AllAsync())
                {
                    await tab.ClickAsync();
                    text += "\n" + await page.InnerTextAsync("body");
                }
                words.AddRange(CodeWords.In(text).Distinct().Select(w => $"{user} {path}: {w}"));
            }
            await page.Context.CloseAsync();
        }
        File.WriteAllLines(Path.Combine(RunningApp.Artifacts, "axe.txt"), report);
        File.WriteAllLines(Path.Combine(RunningApp.Artifacts, "code-words.txt"), words);
        File.WriteAllLines(Path.Combine(RunningApp.Artifacts, "sideways.txt"), sideways);
        report.ShouldBeEmpty();
        words.ShouldBeEmpty();
        sideways.ShouldBeEmpty();
    }
}
