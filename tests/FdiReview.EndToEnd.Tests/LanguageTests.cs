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

            // Issue 18, item 4: a FEFTA filing takes the 商号 and the 法人番号; a wrong check digit is refused at the field, as typed.
            await page.GetByText("外為法（日本）").ClickAsync();
            await page.Locator("#investorJapaneseName").FillAsync("ハーバーレーン・キャピタル");
            await page.Locator("#investorCorporateNumber").FillAsync("8000012050002");
            await page.Locator("#investorCorporateNumber").PressAsync("Tab");
            await page.GetByTestId("wizard-next").ClickAsync();
            await Assertions.Expect(page.GetByTestId("error-summary")).ToContainTextAsync("法人番号");
            await Assertions.Expect(page.GetByTestId("error-summary")).ToContainTextAsync("チェックデジット（先頭の1桁）が残りの12桁と一致しません");
            await Assertions.Expect(page.Locator("#investorCorporateNumber")).ToHaveValueAsync("8000012050002");

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

    [Fact]
    public async Task An_officer_reads_the_queue_and_the_work_pages_in_Japanese()
    {
        var page = await app.SignedInAs("officer-2", "ja");
        foreach (var (path, heading) in new[]
                 {
                     ("/console/queue", "審査案件一覧"), ("/console/my-work", "担当案件"), ("/console/workload", "業務量"),
                     ("/console/deadlines", "期限カレンダー"), ("/what-if", "事前判定"),
                 })
        {
            await page.GotoAsync(path);
            await RunningApp.Interactive(page);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(RunningApp.Artifacts, $"ja{path.Replace('/', '-')}.png"), FullPage = true,
            });
        }
        await page.Context.CloseAsync();
    }
}
