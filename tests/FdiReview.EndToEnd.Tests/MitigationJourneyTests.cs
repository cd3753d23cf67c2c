using Microsoft.Playwright;

namespace FdiReview.EndToEnd.Tests;

/// <summary>
/// Issue 15: one case from the investor's wizard to a clearance with mitigation, entirely in the browser — typed input
/// refused rather than rewritten, the proposal, the agreement drafted from it with a term picked from the catalogue,
/// both signatures, the second officer's approval, and the outcome in the portal.
/// </summary>
[Collection(BrowserCollection.Name)]
public class MitigationJourneyTests(RunningApp app)
{
    [Fact]
    public async Task A_filing_from_the_wizard_is_cleared_with_the_conditions_of_the_signed_agreement()
    {
        var target = $"Lakeshore Avionics {Guid.NewGuid().ToString()[..6]} Inc.";

        // The investor files; "seventy" and 150% are refused where they were typed.
        var investor = await app.SignedInAs("investor-a");
        await investor.GotoAsync("/portal/file");
        await RunningApp.Interactive(investor);
        await investor.Locator("#investorName").FillAsync("Harbour Lane Aerospace Holdings");
        await RunningApp.Pick(investor, "investorNationality", "Singapore");
        await investor.GetByTestId("wizard-next").ClickAsync();
        await investor.Locator("#targetName").FillAsync(target);
        await investor.Locator("#targetName").PressAsync("Tab");
        await investor.GetByTestId("wizard-next").ClickAsync();
        foreach (var (typed, why) in new[] { ("seventy", "Enter a number in figures"), ("150", "between 0 and 100") })
        {
            await investor.Locator("#votingAfter").FillAsync(typed);
            await investor.Locator("#votingAfter").PressAsync("Tab");
            await investor.GetByTestId("wizard-next").ClickAsync();
            await Assertions.Expect(investor.GetByTestId("error-summary")).ToContainTextAsync(why);
            await Assertions.Expect(investor.Locator("#votingAfter")).ToHaveValueAsync(typed);
        }
        await investor.Locator("#votingAfter").FillAsync("70");
        await investor.Locator("#votingAfter").PressAsync("Tab");
        await RunningApp.StateValue(investor, "180000000");
        await investor.GetByTestId("wizard-next").ClickAsync();
        await investor.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(investor.GetByTestId("review-answers")).ToContainTextAsync("0% → 70%");
        await investor.GetByTestId("confirm-determination").ClickAsync();
        await investor.GetByTestId("declare").ClickAsync();
        await investor.GetByTestId("submit-filing").ClickAsync();
        await investor.GetByTestId("filed-confirmation").WaitForAsync();
        var id = Guid.Parse(new Uri(investor.Url).AbsolutePath.Split('/').Last());

        // An officer takes it, accepts it and proposes a clearance with mitigation, then drafts the agreement from it.
        var officer = await app.SignedInAs("officer-1");
        await officer.GotoAsync($"/console/notifications/{id}");
        await RunningApp.Interactive(officer);
        await RunningApp.Act(officer, "take-case");
        await RunningApp.Act(officer, "accept");
        await Assertions.Expect(officer.GetByTestId("clock")).ToContainTextAsync("Review: due");
        await RunningApp.Act(officer, "propose-decision", async () =>
        {
            await RunningApp.Choose(officer, "decision-kind", "clearance with mitigation");
            await officer.Locator("#action-text").FillAsync("Avionics supplier; the risk is mitigable by reporting.");
            await officer.Locator("#action-lines").FillAsync("Compliance reports to the agency");
        });
        await officer.GetByTestId("draft-agreement").ClickAsync();
        await officer.GetByTestId("agreement-link").ClickAsync();
        await RunningApp.Interactive(officer);

        // The drafted term becomes a periodic report from the catalogue, so that it creates its obligation.
        await RunningApp.Choose(officer, "term-term-1-type", "Periodic compliance report");
        await officer.Locator("#term-term-1-months").FillAsync("6");
        await officer.Locator("#term-term-1-months").PressAsync("Tab");
        await officer.GetByTestId("propose-version").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("signatures")).ToContainTextAsync("Version 2: not signed yet");
        await officer.GetByTestId("sign").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("signatures")).ToContainTextAsync("signed for the agency (version 2)");
        var agreementUrl = officer.Url;

        await investor.GotoAsync(agreementUrl);
        await RunningApp.Interactive(investor);
        await investor.GetByTestId("sign").ClickAsync();
        await Assertions.Expect(investor.GetByTestId("agreement-status")).ToContainTextAsync("In force");
        await Assertions.Expect(investor.GetByTestId("obligations")).ToContainTextAsync("Compliance reports to the agency");

        // A second officer approves exactly what is shown: the decision, its reasons, the agreement version in force.
        var second = await app.SignedInAs("officer-2");
        await second.GotoAsync($"/console/notifications/{id}");
        await RunningApp.Interactive(second);
        await RunningApp.Act(second, "approve-decision", async () =>
        {
            await Assertions.Expect(second.GetByTestId("approval-decision")).ToContainTextAsync("clearance with mitigation");
            await Assertions.Expect(second.GetByTestId("approval-agreement")).ToContainTextAsync("mitigation agreement version 2");
        });
        await Assertions.Expect(second.GetByTestId("case-outcome")).ToContainTextAsync("Cleared with conditions");
        await Assertions.Expect(second.GetByTestId("decision-conditions")).ToContainTextAsync("Compliance reports to the agency");
        await Assertions.Expect(second.GetByTestId("decision-panel")).ToContainTextAsync("version 2");

        // The investor reads the outcome in the portal's header, in plain words.
        await investor.GotoAsync($"/portal/notifications/{id}");
        await RunningApp.Interactive(investor);
        await Assertions.Expect(investor.GetByTestId("portal-outcome")).ToContainTextAsync("Cleared with conditions");
        foreach (var (page, name) in new[] { (second, "journey-console-decided"), (investor, "journey-portal-outcome") })
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RunningApp.Artifacts, $"{name}.png"), FullPage = true });
        foreach (var page in new[] { investor, officer, second }) await page.Context.CloseAsync();
    }
}
