using System.Text.Json;
using Microsoft.Playwright;

namespace FdiReview.EndToEnd.Tests;

/// <summary>The investor's side in Chromium: the filing wizard with a draft resumed midway, an answer, a withdrawal.</summary>
[Collection(BrowserCollection.Name)]
public class PortalTests(RunningApp app)
{
    private async Task<Guid> File(string user, string target)
    {
        var api = await app.ApiAs(user);
        var filed = await api.PostAsync("/api/notifications", new()
        {
            DataObject = new
            {
                facts = new
                {
                    regime = "firrma",
                    parties = new[] { new { id = "A", name = "Harbour Lane Logistics", kind = "corporation", nationality = "HK" } },
                    investor = "A",
                    target = new { id = "T", name = target, country = "US", usBusiness = true },
                    transaction = new { votingPercentAfter = 20 },
                },
            },
        });
        var id = JsonDocument.Parse(await filed.TextAsync()).RootElement.GetProperty("value").GetGuid();
        await api.DisposeAsync();
        return id;
    }

    private async Task AskAsOfficer(Guid id, string questions)
    {
        var api = await app.ApiAs("officer-1");
        var version = JsonDocument.Parse(await (await api.GetAsync($"/api/notifications/{id}")).TextAsync()).RootElement.GetProperty("version").GetInt32();
        var asked = await api.PostAsync($"/api/notifications/{id}/information-requests", new()
        {
            Headers = new Dictionary<string, string> { ["If-Match"] = $"\"{version}\"" },
            DataObject = new { questions },
        });
        asked.Status.ShouldBe(200, await asked.TextAsync());
        await api.DisposeAsync();
    }

    [Fact]
    public async Task An_investor_files_through_the_wizard_resuming_a_draft_answers_a_request_and_withdraws_another_filing()
    {
        var target = $"Cascade Photonics {Guid.NewGuid().ToString()[..6]} Inc.";
        var page = await app.SignedInAs("investor-a");

        // Start the wizard: the investor, a state holder, the target; then leave.
        await page.GotoAsync("/portal/file");
        await RunningApp.Interactive(page);
        await page.Locator("#investorName").FillAsync("Harbour Lane Semiconductor Fund");
        await RunningApp.Pick(page, "investorNationality", "Hong Kong");
        await page.GetByTestId("add-holder").ClickAsync();
        await page.Locator("#holder-0-name").FillAsync("Harbour State Capital");
        await RunningApp.Pick(page, "holder-0-nationality", "China");

        // Issue 15, item 3: words in a number field are refused where they were typed, not read as 0.
        await page.Locator("#holder-0-percent").FillAsync("seventy");
        await page.Locator("#holder-0-percent").PressAsync("Tab");
        await page.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("error-summary")).ToContainTextAsync("Holder 1: voting %: Enter a number in figures");
        await Assertions.Expect(page.Locator("#holder-0-percent")).ToHaveValueAsync("seventy");
        await Assertions.Expect(page.Locator("#holder-0-percent")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#investorName")).ToBeVisibleAsync(); // still on the investor step
        await page.Locator("#holder-0-percent").FillAsync("30");
        await page.Locator("#holder-0-percent").PressAsync("Tab");
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.Locator("#targetName").FillAsync(target);
        await page.Locator("#targetName").PressAsync("Tab");
        await page.GetByText("produce, design, test, manufacture, fabricate or develop critical technologies?").ClickAsync();
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("draft-saved").WaitForAsync();

        // Resume the draft from "My filings": the answers are all there.
        await page.GotoAsync("/portal");
        await RunningApp.Interactive(page);
        await page.GetByTestId("resume-draft").First.ClickAsync();
        await RunningApp.Interactive(page);
        await page.GetByTestId("wizard-back").ClickAsync();
        await Assertions.Expect(page.Locator("#targetName")).ToHaveValueAsync(target);
        await page.GetByTestId("wizard-next").ClickAsync();

        // A percentage out of range stays as typed (not turned into 100) and the step is refused.
        await page.Locator("#votingAfter").FillAsync("150");
        await page.Locator("#votingAfter").PressAsync("Tab");
        await RunningApp.StateValue(page);
        await page.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("error-summary")).ToContainTextAsync("Voting % after: A percentage must be between 0 and 100.");
        await Assertions.Expect(page.Locator("#votingAfter")).ToHaveValueAsync("150");
        await Assertions.Expect(page.Locator("#votingAfter")).ToBeFocusedAsync();
        await page.Locator("#votingAfter").FillAsync("35");
        await page.Locator("#votingAfter").PressAsync("Tab");
        await page.GetByText("Board observer rights").ClickAsync();
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("wizard-next").ClickAsync();

        // The last step shows every answer to check before declaring them true.
        var answers = await page.GetByTestId("review-answers").InnerTextAsync();
        foreach (var answer in new[] { "Harbour Lane Semiconductor Fund", "Hong Kong", "Harbour State Capital", "30% of the votes", target, "0% → 35%", "observer", "USD 25,000,000" })
            answers.ShouldContain(answer);
        foreach (var size in new[] { (1280, 800), (1920, 1080) })
        {
            await page.SetViewportSizeAsync(size.Item1, size.Item2);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RunningApp.Artifacts, $"wizard-review-{size.Item1}x{size.Item2}.png"), FullPage = true });
        }

        // Review: the engine's determination must be read and confirmed, and the declaration made.
        await Assertions.Expect(page.GetByTestId("determination-summary")).ToContainTextAsync("covered investment");
        await Assertions.Expect(page.GetByTestId("submit-filing")).ToBeDisabledAsync();
        await page.GetByTestId("confirm-determination").ClickAsync();
        await page.GetByTestId("declare").ClickAsync();
        await page.GetByTestId("submit-filing").ClickAsync();
        await page.GetByTestId("filed-confirmation").WaitForAsync();
        var id = Guid.Parse(new Uri(page.Url).AbsolutePath.Split('/').Last());

        // An officer asks a question; the investor answers it on the status page.
        await AskAsOfficer(id, "Who controls Harbour State Capital?");
        await page.ReloadAsync();
        await RunningApp.Interactive(page);
        // Issue 15, item 8: the answer dialog takes a document with the answer.
        var chart = new FilePayload { Name = "control-chart.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7 control chart"u8.ToArray() };
        await RunningApp.Act(page, "provide-information", async () =>
        {
            await page.Locator("#action-text").FillAsync("The Harbour Province investment office.");
            await page.GetByTestId("answer-attachment").SetInputFilesAsync(chart);
            await Assertions.Expect(page.GetByTestId("answer-attachment-name")).ToContainTextAsync("control-chart.pdf");
        });
        await Assertions.Expect(page.GetByTestId("information-requests")).ToContainTextAsync("Harbour Province investment office");
        await Assertions.Expect(page.GetByTestId("documents")).ToContainTextAsync("control-chart.pdf");

        // The options come before an explicit Upload; the same bytes again are flagged before anything is sent.
        await page.GetByTestId("upload").SetInputFilesAsync(new FilePayload { Name = "control-chart-copy.pdf", MimeType = "application/pdf", Buffer = chart.Buffer });
        await Assertions.Expect(page.GetByTestId("upload-duplicate")).ToContainTextAsync("the same, byte for byte, as control-chart.pdf");
        await page.GetByTestId("upload").SetInputFilesAsync(new FilePayload { Name = "ownership.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7 owners"u8.ToArray() });
        await Assertions.Expect(page.GetByTestId("upload-duplicate")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("documents")).Not.ToContainTextAsync("ownership.pdf");
        await page.GetByTestId("upload-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("documents")).ToContainTextAsync("ownership.pdf");
        await page.GetByTestId("upload").SetInputFilesAsync(new FilePayload { Name = "macro.exe", MimeType = "application/octet-stream", Buffer = [1, 2] });
        await Assertions.Expect(page.GetByTestId("upload-error")).ToContainTextAsync("PDF");

        // A second notification is withdrawn.
        var second = await File("investor-a", $"Great Lakes {Guid.NewGuid().ToString()[..6]} Software");
        await page.GotoAsync($"/portal/notifications/{second}");
        await RunningApp.Interactive(page);
        await RunningApp.Act(page, "withdraw", () => page.Locator("#action-text").FillAsync("The deal will not go ahead."));
        await Assertions.Expect(page.GetByText("Withdrawn").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RunningApp.Artifacts, "portal-withdrawn.png"), FullPage = true });
    }
}
