using Microsoft.Playwright;

namespace FdiReview.EndToEnd.Tests;

/// <summary>Officers work a case in Chromium: from the queue to a decision approved by a second officer.</summary>
[Collection(BrowserCollection.Name)]
public class ReviewInTheConsoleTests(RunningApp app)
{
    private async Task<string> FileThroughTheApi(string target)
    {
        var api = await app.ApiAs("investor-b");
        var filed = await api.PostAsync("/api/notifications", new APIRequestContextOptions
        {
            DataObject = new
            {
                facts = new
                {
                    regime = "firrma",
                    parties = new[] { new { id = "A", name = "Rhein Industrial Holdings SE", kind = "corporation", nationality = "DE" } },
                    investor = "A",
                    target = new { id = "T", name = target, country = "US", usBusiness = true },
                    transaction = new { votingPercentAfter = 60 },
                },
            },
        });
        filed.Status.ShouldBe(201, await filed.TextAsync());
        await api.DisposeAsync();
        return target;
    }

    [Fact]
    public async Task A_case_is_taken_accepted_proposed_and_approved_by_a_second_officer()
    {
        var target = await FileThroughTheApi($"Keystone Robotics {Guid.NewGuid().ToString()[..6]} Corp.");

        var officer = await app.SignedInAs("officer-1");
        var row = officer.GetByTestId("queue").Locator("tr", new LocatorLocatorOptions { HasText = target });
        await row.GetByTestId("queue-row-link").ClickAsync();
        await officer.GetByTestId("case-reference").WaitForAsync();
        var reference = await officer.GetByTestId("case-reference").InnerTextAsync();

        // Issue 15, item 9: a dialog takes the focus, keeps it, and Escape closes it without acting.
        await officer.GetByTestId("action-take-case").ClickAsync();
        await officer.GetByTestId("action-submit").WaitForAsync();
        var focusInDialog = officer.Locator(".mud-dialog :focus");
        await Assertions.Expect(focusInDialog).ToHaveCountAsync(1);
        // At a person's pace (the trap answers on the server): Tab past the last button comes back into the dialog.
        for (var tab = 0; tab < 4; tab++)
        {
            await officer.Keyboard.PressAsync("Tab", new() { Delay = 50 });
            await Assertions.Expect(focusInDialog).ToHaveCountAsync(1);
        }
        await officer.Keyboard.PressAsync("Escape");
        await officer.GetByTestId("action-submit").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await Assertions.Expect(officer.GetByTestId("case-actions")).ToContainTextAsync("Take the case");

        await RunningApp.Act(officer, "take-case");
        await RunningApp.Act(officer, "accept");
        // The page redraws after each action: assertions that retry until it has.
        await Assertions.Expect(officer.GetByTestId("clock")).ToContainTextAsync("Review: due");
        await RunningApp.Act(officer, "propose-decision", () => officer.Locator("#action-text").FillAsync("A private investor; no national-security risk identified."));
        await officer.GetByTestId("proposal").WaitForAsync();
        await Assertions.Expect(officer.GetByTestId("case-actions")).Not.ToContainTextAsync("Approve");
        await officer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RunningApp.Artifacts, "console-proposal.png"), FullPage = true });
        await officer.Context.CloseAsync();

        // The second officer finds it under "Awaiting my approval" (issue 15, item 5).
        var second = await app.SignedInAs("officer-2");
        await second.GotoAsync("/console/my-work");
        await RunningApp.Interactive(second);
        await second.GetByTestId("awaiting-approval").GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await second.GetByTestId("case-reference").WaitForAsync();
        await RunningApp.Act(second, "approve-decision");

        await Assertions.Expect(second.GetByTestId("case-outcome")).ToContainTextAsync("Cleared");
        // The closed case shows who decided what, and when.
        await Assertions.Expect(second.GetByTestId("decision-panel")).ToContainTextAsync("Kenji Sato");
        await Assertions.Expect(second.GetByTestId("approved-by")).ToContainTextAsync("Emily Park");
        await second.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "History" }).ClickAsync();
        await Assertions.Expect(second.GetByTestId("history")).ToContainTextAsync("Emily Park approved clearance (no further action) proposed by Kenji Sato");
        await second.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RunningApp.Artifacts, "console-decided.png"), FullPage = true });
    }

    [Fact]
    public async Task The_queue_puts_a_state_owned_investor_first_and_explains_why()
    {
        var api = await app.ApiAs("investor-a");
        var filed = await api.PostAsync("/api/notifications", new APIRequestContextOptions
        {
            DataObject = new
            {
                facts = new
                {
                    regime = "firrma",
                    parties = new object[]
                    {
                        new { id = "A", name = "Harbour State Semiconductor", kind = "corporation", nationality = "CN" },
                        new { id = "G", name = "Government of CN", kind = "foreign-government", nationality = "CN", foreignGovernmentOf = "CN" },
                    },
                    ownership = new[] { new { holder = "G", entity = "A", votingPercent = 80 } },
                    investor = "A",
                    target = new { id = "T", name = "Cascade Photonics (state-owned bid)", country = "US", usBusiness = true, tid = new { criticalTechnologies = true } },
                    transaction = new { votingPercentAfter = 60 },
                },
            },
        });
        filed.Status.ShouldBe(201, await filed.TextAsync());
        await api.DisposeAsync();

        var officer = await app.SignedInAs("officer-2");
        var first = officer.GetByTestId("queue").Locator("tbody tr").First;
        await Assertions.Expect(first).ToContainTextAsync("state-owned bid");
        await first.Locator("button").First.ClickAsync();
        await Assertions.Expect(officer.GetByTestId("priority-factors").First).ToContainTextAsync("the government of China holds 80% of the investor");
        await officer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RunningApp.Artifacts, "console-queue-priority.png"), FullPage = true });

        await officer.GotoAsync("/console/statistics");
        await RunningApp.Interactive(officer);
        await Assertions.Expect(officer.GetByTestId("statistics")).ToContainTextAsync("Filings by month");
        await officer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RunningApp.Artifacts, "console-statistics.png"), FullPage = true });
    }
}
