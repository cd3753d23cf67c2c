using Microsoft.Playwright;

namespace FdiReview.EndToEnd.Tests;

/// <summary>
/// Issue 18: a FEFTA prior notification (外為法第27条) from the investor's wizard to the decision, every page in Japanese:
/// the 商号 and 法人番号 in the facts, acceptance starting the 禁止期間, an information request and its answer, the
/// proposal and a second officer's approval, and the outcome in the portal. The wizard's review step, the case page and
/// the portal's outcome are saved as screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public class JapaneseJourneyTests(RunningApp app)
{
    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RunningApp.Artifacts, $"ja-journey-{name}.png"), FullPage = true });

    [Fact]
    public async Task A_FEFTA_prior_notification_is_filed_reviewed_and_decided_in_Japanese()
    {
        var target = $"Tokyo Precision Optics {Guid.NewGuid().ToString()[..6]} K.K.";

        // The investor files through the wizard: FEFTA, its 商号, the target's 法人番号 (the National Tax Agency's own), a core sector.
        var investor = await app.SignedInAs("investor-a", "ja");
        await investor.GotoAsync("/portal/file");
        await RunningApp.Interactive(investor);
        await investor.GetByText("外為法（日本）").ClickAsync();
        await investor.Locator("#investorName").FillAsync("Harbour Lane Capital Pte. Ltd.");
        await investor.Locator("#investorJapaneseName").FillAsync("ハーバーレーン・キャピタル");
        await RunningApp.Pick(investor, "investorNationality", "シンガポール");
        await investor.GetByTestId("wizard-next").ClickAsync();
        await investor.Locator("#targetName").FillAsync(target);
        await investor.Locator("#targetJapaneseName").FillAsync("東京精密光学株式会社");
        await investor.Locator("#targetCorporateNumber").FillAsync("7000012050002");
        await RunningApp.Pick(investor, "targetCountry", "日本");
        await RunningApp.Choose(investor, "fefta-sector", "コア業種");
        await investor.GetByTestId("wizard-next").ClickAsync();
        await investor.Locator("#votingAfter").FillAsync("15");
        await investor.Locator("#votingAfter").PressAsync("Tab");
        await RunningApp.StateValue(investor, "3000000000", "日本円");
        await investor.GetByTestId("wizard-next").ClickAsync();
        await investor.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(investor.GetByTestId("review-answers")).ToContainTextAsync("東京精密光学株式会社");
        await Assertions.Expect(investor.GetByTestId("review-answers")).ToContainTextAsync("7000012050002");
        await Assertions.Expect(investor.GetByTestId("determination-summary")).ToContainTextAsync("事前届出");
        await Assertions.Expect(investor.GetByTestId("findings")).ToContainTextAsync("外国投資家に該当します");
        await Shot(investor, "wizard-review");
        await investor.GetByTestId("confirm-determination").ClickAsync();
        await investor.GetByTestId("declare").ClickAsync();
        await investor.GetByTestId("submit-filing").ClickAsync();
        await investor.GetByTestId("filed-confirmation").WaitForAsync();
        var id = Guid.Parse(new Uri(investor.Url).AbsolutePath.Split('/').Last());

        // An officer takes the case, accepts it — the 禁止期間 starts — and asks a question.
        var officer = await app.SignedInAs("officer-1", "ja");
        await officer.GotoAsync($"/console/notifications/{id}");
        await RunningApp.Interactive(officer);
        await RunningApp.Act(officer, "take-case");
        await RunningApp.Act(officer, "accept");
        await Assertions.Expect(officer.GetByTestId("clock")).ToContainTextAsync("禁止期間");
        await RunningApp.Act(officer, "request-information", () => officer.Locator("#action-text").FillAsync("投資先の技術情報の管理体制を説明してください。"));

        // The investor answers in the portal.
        await investor.GotoAsync($"/portal/notifications/{id}");
        await RunningApp.Interactive(investor);
        await RunningApp.Act(investor, "provide-information", () => investor.Locator("#action-text").FillAsync("技術情報には投資家の役職員がアクセスできない体制とします。"));
        await Assertions.Expect(investor.GetByTestId("information-requests")).ToContainTextAsync("アクセスできない体制");

        // The officer proposes clearance; a second officer approves it.
        await officer.ReloadAsync();
        await RunningApp.Interactive(officer);
        await RunningApp.Act(officer, "propose-decision", async () =>
        {
            await RunningApp.Choose(officer, "decision-kind", "措置なしの審査終了");
            await officer.Locator("#action-text").FillAsync("国の安全等を損なうおそれは認められない。");
        });
        var second = await app.SignedInAs("officer-2", "ja");
        await second.GotoAsync($"/console/notifications/{id}");
        await RunningApp.Interactive(second);
        await RunningApp.Act(second, "approve-decision",
            () => Assertions.Expect(second.GetByTestId("approval-decision")).ToContainTextAsync("措置なしの審査終了"));
        await Assertions.Expect(second.GetByTestId("decision-panel")).ToContainTextAsync("処分");
        await Shot(second, "case-page");

        // Dates in the era are a choice in the header (令和8年…); the choice is kept, so it is put back to English after.
        await second.GetByTestId("era-switch").GetByRole(AriaRole.Button).ClickAsync();
        await RunningApp.Interactive(second);
        await Assertions.Expect(second.GetByTestId("decision-panel")).ToContainTextAsync("令和");
        await second.GetByTestId("language-switch").GetByRole(AriaRole.Button).ClickAsync();
        await RunningApp.Interactive(second);
        await Assertions.Expect(second.Locator("html")).ToHaveAttributeAsync("lang", "en");

        // The investor reads the outcome in the portal's header.
        await investor.GotoAsync($"/portal/notifications/{id}");
        await RunningApp.Interactive(investor);
        await Assertions.Expect(investor.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        (await investor.GetByTestId("portal-outcome").InnerTextAsync()).ShouldMatch(@"\p{IsCJKUnifiedIdeographs}|\p{IsHiragana}|\p{IsKatakana}");
        await Shot(investor, "portal-outcome");
        foreach (var page in new[] { investor, officer, second }) await page.Context.CloseAsync();
    }
}
