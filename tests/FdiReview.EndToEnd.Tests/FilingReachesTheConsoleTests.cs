using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FdiReview.EndToEnd.Tests;

/// <summary>The walking skeleton in a real browser: an investor files, an officer finds and opens the case.</summary>
[Collection(BrowserCollection.Name)]
public class FilingReachesTheConsoleTests(RunningApp app)
{
    [Fact]
    public async Task An_investor_files_through_the_portal_and_an_officer_opens_it_from_the_queue()
    {
        var target = $"Cascade Photonics {Guid.NewGuid().ToString()[..6]} Inc.";

        // The investor files through the portal form.
        var investor = await app.SignedInAs("investor-a");
        await investor.GotoAsync("/portal/file");
        await RunningApp.Interactive(investor);
        await investor.Locator("#investorName").FillAsync("Harbour Lane Semiconductor Fund");
        await RunningApp.Pick(investor, "investorNationality", "Hong Kong");
        await investor.GetByTestId("wizard-next").ClickAsync();
        await investor.Locator("#targetName").FillAsync(target);
        await investor.Locator("#targetName").PressAsync("Tab");
        await investor.GetByTestId("wizard-next").ClickAsync();
        await RunningApp.StateValue(investor);
        for (var step = 2; step < 4; step++) await investor.GetByTestId("wizard-next").ClickAsync();
        await investor.GetByTestId("confirm-determination").ClickAsync();
        await investor.GetByTestId("declare").ClickAsync();
        await investor.GetByTestId("submit-filing").ClickAsync();
        await investor.GetByTestId("filed-confirmation").WaitForAsync();
        var confirmation = await investor.GetByTestId("filed-confirmation").InnerTextAsync();
        var reference = Regex.Match(confirmation, @"FDI-\d{4}-[0-9A-F]{6}").Value;
        reference.ShouldNotBeEmpty();
        await investor.Context.CloseAsync();

        // An officer finds it in the queue and opens the case.
        var officer = await app.SignedInAs("officer-1");
        officer.Url.ShouldEndWith("/console/queue");
        var row = officer.GetByTestId("queue").Locator("tr", new LocatorLocatorOptions { HasText = target });
        await row.WaitForAsync();
        await officer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RunningApp.Artifacts, "console-queue.png"), FullPage = true });
        await row.GetByTestId("queue-row-link").ClickAsync();

        await officer.GetByTestId("case-reference").WaitForAsync();
        (await officer.GetByTestId("case-reference").InnerTextAsync()).ShouldBe(reference);
        await officer.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Facts" }).ClickAsync();
        (await officer.GetByTestId("facts").InnerTextAsync()).ShouldContain(target);
        await officer.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "History" }).ClickAsync();
        var history = await officer.GetByTestId("history").InnerTextAsync();
        history.ShouldContain("filed the notice");
        history.ShouldNotContain("notification_filed"); // issue 15: people read what happened, not the event type
        history.ShouldContain("Li Wei (Harbour Lane Capital) (Investor)");
        await officer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RunningApp.Artifacts, "console-case.png"), FullPage = true });
    }

    [Fact]
    public async Task The_form_shows_missing_fields_inline_and_files_nothing()
    {
        var investor = await app.SignedInAs("investor-b");
        await investor.GotoAsync("/portal/file");
        await RunningApp.Interactive(investor);
        await investor.GetByTestId("wizard-next").ClickAsync();

        // Issue 15, item 3: the refused step lists what is wrong and the first field takes the focus.
        await Assertions.Expect(investor.GetByTestId("error-summary")).ToContainTextAsync("Place of organisation: Required: choose a country from the list.");
        await Assertions.Expect(investor.GetByTestId("error-summary")).ToContainTextAsync("Investor name: Required.");
        await Assertions.Expect(investor.Locator("#investorName")).ToBeFocusedAsync();
        investor.Url.ShouldEndWith("/portal/file");
        await Assertions.Expect(investor.GetByTestId("wizard-next")).ToBeVisibleAsync();
    }
}
