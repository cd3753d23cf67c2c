using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FdiReview.EndToEnd.Tests;

/// <summary>
/// Issue 18: every page, as every role, read in Japanese over cases in each state (their free text typed in Japanese,
/// as Japanese officers and investors type it). A page fails on any English word outside a short allow-list: the
/// names people gave parties and themselves, what people typed (marked <c>data-typed</c>: its language is theirs, and
/// other tests type in English), rule ids and citations (marked as English, <c>lang="en"</c>, where they stand), the
/// regulations' abbreviations and the product's name.
/// </summary>
[Collection(BrowserCollection.Name)]
public partial class JapaneseCrawlTests(RunningApp app)
{
    /// <summary>Abbreviations a Japanese officer reads as they are, and the product's name.</summary>
    private static readonly HashSet<string> Allowed =
        ["FdiReview", "FEFTA", "FIRRMA", "CFIUS", "CFR", "TID", "USML", "CCL", "JST", "EST", "EDT", "PDF", "CSV", "MB", "KB", "SHA", "Office", "JSON"];

    /// <summary>A case's reference (FDI-2026-3F9A0C): an identifier, read as it is.</summary>
    [GeneratedRegex(@"(FDI-\d{4}|US-\d{8}|JP-\d{8})-[0-9A-F]{6}")] private static partial Regex Reference();

    /// <summary>Words of the visible text, leaving out what is marked as English (rule ids, citations) and what is not shown.</summary>
    private const string VisibleJapaneseText = """
        () => {
          const copy = document.body.cloneNode(true);
          copy.querySelectorAll('[lang="en"], [data-typed], script, style, [hidden], [aria-hidden="true"]').forEach(e => e.remove());
          document.body.appendChild(copy);
          copy.style.position = 'absolute'; copy.style.left = '-99999px';
          const text = copy.innerText;
          copy.remove();
          return text;
        }
        """;

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’]+")] private static partial Regex LatinWord();

    /// <summary>The names people gave: every party, target and officer in the queue, and every demo user.</summary>
    private async Task<HashSet<string>> Names()
    {
        var officer = await app.ApiAs("supervisor-1");
        var queue = JsonDocument.Parse(await (await officer.GetAsync("/api/notifications?pageSize=200")).TextAsync()).RootElement;
        var names = new List<string>();
        foreach (var row in queue.GetProperty("items").EnumerateArray())
            foreach (var field in new[] { "investorName", "targetName", "assignedToName", "filedByName" })
                if (row.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String) names.Add(value.GetString()!);
        await officer.DisposeAsync();
        var signIn = await (await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() })).NewPageAsync();
        await signIn.GotoAsync("/sign-in");
        names.Add(await signIn.InnerTextAsync("main"));
        await signIn.Context.CloseAsync();
        // The example's parties, as the contract's worked case names them.
        var example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", CrawledCases.FeftaExample));
        names.AddRange(JsonNode.Parse(example)!["request"]!["parties"]!.AsArray().Select(p => (string)p!["name"]!));
        names.Add((string)JsonNode.Parse(example)!["request"]!["target"]!["name"]!);
        return names.SelectMany(n => LatinWord().Matches(n).Select(m => m.Value)).ToHashSet();
    }

    [Fact]
    public async Task Every_page_for_every_role_reads_in_Japanese()
    {
        var (busy, agreement, states) = await CrawledCases.Build(app, TypedTexts.Japanese);
        var names = await Names();
        var pages = CrawledCases.Pages(busy, agreement, states);
        var english = new List<string>();
        foreach (var (user, paths) in pages)
        {
            var page = await app.SignedInAs(user, "ja");
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                await RunningApp.Interactive(page);
                (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("ja", $"{user} {path}");
                var text = await page.EvaluateAsync<string>(VisibleJapaneseText);
                foreach (var tab in await page.Locator(".mud-tab:not(.mud-disabled)").AllAsync())
                {
                    await tab.ClickAsync();
                    text += "\n" + await page.EvaluateAsync<string>(VisibleJapaneseText);
                }
                text = Reference().Replace(text, " ");
                var stray = LatinWord().Matches(text).Where(m => !Allowed.Contains(m.Value) && !names.Contains(m.Value))
                    .DistinctBy(m => m.Value).Select(m => $"{m.Value} (…{text[Math.Max(0, m.Index - 30)..Math.Min(text.Length, m.Index + m.Length + 30)].ReplaceLineEndings(" ")}…)").ToList();
                if (stray.Count > 0) english.Add($"{user} {path}: {string.Join(" | ", stray)}");
            }
            await page.Context.CloseAsync();
        }
        File.WriteAllLines(Path.Combine(RunningApp.Artifacts, "english-in-japanese.txt"), english);
        english.ShouldBeEmpty();
    }
}
