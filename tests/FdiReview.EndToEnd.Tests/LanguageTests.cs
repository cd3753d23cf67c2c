using Microsoft.Playwright;

namespace FdiReview.EndToEnd.Tests;

/// <summary>The switch in the header changes the language of the whole console, and the choice follows the person.</summary>
[Collection(BrowserCollection.Name)]
public class LanguageTests(RunningApp app)
{
    [Fact]
    public async Task An_investor_switches_to_Japanese_and_finds_it_again_after_signing_in_on_another_browser()
    {
        var page = await app.SignedInAs("investor-a2");
        try
        {
            await page.GetByTestId("language-switch").GetByRole(AriaRole.Button).ClickAsync();
            await RunningApp.Interactive(page);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "自社の届出" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync("投資家");
            page.Url.ShouldEndWith("/portal"); // back on the page it was switched on
            await page.GotoAsync("/portal/file");
            await RunningApp.Interactive(page);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "届出を作成" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("外為法（日本）")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("wizard-next")).ToHaveTextAsync("次へ");

            // Another browser: no cookie yet, so the sign-in page is in English; signing in brings the choice back.
            var again = await app.SignedInAs("investor-a2");
            await Assertions.Expect(again.Locator("html")).ToHaveAttributeAsync("lang", "ja");
            await Assertions.Expect(again.GetByTestId("language-switch")).ToContainTextAsync("English");
            await again.Context.CloseAsync();
        }
        finally
        {
            // Back to English, so that the choice does not follow this demo user into other tests.
            await page.GotoAsync("/portal");
            await RunningApp.Interactive(page);
            if (await page.Locator("html").GetAttributeAsync("lang") == "ja")
                await page.GetByTestId("language-switch").GetByRole(AriaRole.Button).ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await page.Context.CloseAsync();
        }
    }
}
