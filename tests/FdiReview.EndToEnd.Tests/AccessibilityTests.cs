using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
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

    /// <summary>
    /// Issue 15, items 2 and 9: WCAG 2.1 A and AA (Section 508; JIS X 8341-3:2016 level AA) and domain words on every
    /// page each role opens, over a case with something in every section. The findings are written to the artefacts.
    /// </summary>
    [Fact]
    public async Task Every_page_for_every_role_passes_WCAG_2_1_AA_and_shows_no_code_words()
    {
        CodeWords.In("""ClearedWithMitigation 01a23487-c4fa-73a7-876f-f53a657c68fe System.Text (U) J21 notification_filed covered-investment noCoreCommitteeAttendance {"status": 1}""").Count()
            .ShouldBeGreaterThanOrEqualTo(9, "the crawler sees each kind of code word");
        var (id, agreement, states) = await CrawledCases.Build(app, TypedTexts.English);
        var pages = CrawledCases.Pages(id, agreement, states);
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
