using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace FdiReview.EndToEnd.Tests;

/// <summary>The what-if page in a real browser: paste a worked example, see the determination and why.</summary>
[Collection(BrowserCollection.Name)]
public class WhatIfScreeningTests(RunningApp app)
{
    private static string Request(string example) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", example)))!["request"]!.ToJsonString();

    [Fact]
    public async Task An_officer_pastes_a_government_owned_investment_and_sees_the_mandatory_declaration_with_its_rules()
    {
        var page = await app.SignedInAs("officer-2");
        await page.GotoAsync("/what-if");
        await RunningApp.Interactive(page);

        await page.Locator("#request-json").FillAsync(Request("hand-fg-1.json"));
        await page.GetByTestId("screen").ClickAsync();

        var summary = page.GetByTestId("determination-summary");
        await summary.WaitForAsync();
        (await summary.InnerTextAsync()).ShouldContain("mandatory declaration");
        var findings = await page.GetByTestId("findings").InnerTextAsync();
        findings.ShouldContain("FIRRMA-800.401(b)");
        findings.ShouldContain("31 CFR 800.244");
        (await page.GetByTestId("government-interest").InnerTextAsync()).ShouldContain("holds 75% of the investor");
        (await page.GetByTestId("ownership").InnerTextAsync()).ShouldContain("Corporation B");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RunningApp.Artifacts, "what-if.png"), FullPage = true });
    }

    [Fact]
    public async Task An_investor_sees_bad_input_named_inline_and_no_risk_score()
    {
        var page = await app.SignedInAs("investor-a");
        await page.GotoAsync("/what-if");
        await RunningApp.Interactive(page);

        await page.Locator("#request-json").FillAsync("""{"regime": "firrma", "investor": "A"}""");
        await page.GetByTestId("screen").ClickAsync();
        await Assertions.Expect(page.GetByTestId("request-errors")).ToContainTextAsync("target: Required.");

        // Issue 15, item 2: broken JSON and wrong kinds of value are explained in words, never by the deserializer.
        foreach (var (json, words) in new[]
        {
            ("""{"regime": "firrma", "investor": """, "This is not valid JSON (line 1"),
            ("""{"regime": "firrma", "transaction": {"votingPercentAfter": "seventy"}}""", "The value of \"transaction.votingPercentAfter\" is not of the kind"),
            ("""{"regime": "firrma", "colour": "red"}""", "\"colour\" is not a field of a screening request"),
        })
        {
            await page.Locator("#request-json").FillAsync(json);
            await page.GetByTestId("screen").ClickAsync();
            await Assertions.Expect(page.GetByTestId("request-errors")).ToContainTextAsync(words);
            // The pasted JSON's own field names are the person's words here; .NET's are not.
            var said = await page.GetByTestId("request-errors").InnerTextAsync();
            foreach (var framework in new[] { "System.", "FdiReview.", "JSON value could not", "LineNumber", "BytePositionInLine", "$." })
                said.ShouldNotContain(framework);
        }

        await page.Locator("#request-json").FillAsync(Request("fefta-state-owned-listed-designated-3pct.json"));
        await page.GetByTestId("screen").ClickAsync();
        await page.GetByTestId("determination-summary").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("determination-summary")).ToContainTextAsync("Prior notification");
        (await page.GetByTestId("determination-chips").InnerTextAsync()).ShouldNotContain("Priority");
    }

    [Fact]
    public async Task An_investor_enters_the_facts_in_the_form_and_sees_the_requirement()
    {
        var page = await app.SignedInAs("investor-b");
        await page.GotoAsync("/what-if");
        await RunningApp.Interactive(page);
        await page.GetByText("Enter the facts").ClickAsync();

        await page.Locator("#investorName").FillAsync("Eastern Grid Holdings");
        await RunningApp.Pick(page, "investorNationality", "China");
        await page.Locator("#targetName").FillAsync("Prairie Sensors Inc.");
        await page.Locator("#votingAfter").FillAsync("60");
        await page.Locator("#votingAfter").PressAsync("Tab");
        await page.GetByText("produce, design, test, manufacture, fabricate or develop critical technologies?").ClickAsync();
        await page.GetByTestId("screen").ClickAsync();

        await Assertions.Expect(page.GetByTestId("determination-summary")).ToContainTextAsync("covered control transaction");
    }
}
