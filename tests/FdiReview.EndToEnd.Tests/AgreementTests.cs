using System.Text.Json;
using Microsoft.Playwright;

namespace FdiReview.EndToEnd.Tests;

/// <summary>An officer and an investor negotiate and sign a mitigation agreement in two browser contexts.</summary>
[Collection(BrowserCollection.Name)]
public class AgreementTests(RunningApp app)
{
    private static async Task<int> VersionOf(IAPIRequestContext api, Guid id) =>
        JsonDocument.Parse(await (await api.GetAsync($"/api/notifications/{id}")).TextAsync()).RootElement.GetProperty("version").GetInt32();

    [Fact]
    public async Task The_investor_counters_the_officer_sees_the_comparison_and_both_sign()
    {
        var investorApi = await app.ApiAs("investor-a");
        var id = await RunningApp.FileControl(investorApi);
        var officerApi = await app.ApiAs("officer-1");
        await officerApi.PostAsync($"/api/notifications/{id}/acceptance", new() { Headers = new Dictionary<string, string> { ["If-Match"] = $"\"{await VersionOf(officerApi, id)}\"" }, DataObject = new { } });
        await officerApi.PostAsync($"/api/notifications/{id}/decision-proposal", new()
        {
            Headers = new Dictionary<string, string> { ["If-Match"] = $"\"{await VersionOf(officerApi, id)}\"" },
            DataObject = new { decision = "cleared-with-mitigation", reasons = "Mitigable.", conditions = new[] { "Quarterly compliance report" } },
        });
        var drafted = await officerApi.PostAsync($"/api/notifications/{id}/agreement", new()
        {
            Headers = new Dictionary<string, string> { ["If-Match"] = $"\"{await VersionOf(officerApi, id)}\"" },
            DataObject = new { conditions = new object[] { new { key = "reports", type = "periodic-compliance-report", text = "Quarterly compliance report", everyMonths = 3 } } },
        });
        var agreementId = JsonDocument.Parse(await drafted.TextAsync()).RootElement.GetProperty("agreementId").GetGuid();

        // The investor counters from the portal: half-yearly reports.
        var investor = await app.SignedInAs("investor-a");
        await investor.GotoAsync($"/portal/notifications/{id}");
        await RunningApp.Interactive(investor);
        await investor.GetByTestId("agreement-link").ClickAsync();
        await RunningApp.Interactive(investor);
        await investor.Locator("#term-reports").FillAsync("Half-yearly compliance report");
        await investor.Locator("#term-reports-months").FillAsync("6");
        await investor.Locator("#term-reports-months").PressAsync("Tab");
        await investor.GetByTestId("propose-version").ClickAsync();
        await Assertions.Expect(investor.GetByTestId("comparison")).ToContainTextAsync("every 6 months");

        // The officer sees what changed and signs; the investor signs too: in force.
        var officer = await app.SignedInAs("officer-1");
        await officer.GotoAsync($"/console/notifications/{id}");
        await RunningApp.Interactive(officer);
        await officer.GetByTestId("agreement-link").ClickAsync();
        await RunningApp.Interactive(officer);
        await Assertions.Expect(officer.GetByTestId("comparison")).ToContainTextAsync("Quarterly compliance report (a report every 3 months)");

        // Issue 15, item 6: the officer adds a term picked from the catalogue and proposes version 3.
        await officer.GetByTestId("add-term").ClickAsync();
        await RunningApp.Choose(officer, "term-term-2-type", "Approved security officer");
        await officer.Locator("#term-term-2").FillAsync("A security officer approved by the agency oversees access to controlled technology.");
        await officer.Locator("#term-term-2").PressAsync("Tab");
        await officer.GetByTestId("propose-version").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("agreement-error")).ToHaveCountAsync(0);
        await Assertions.Expect(officer.GetByTestId("comparison")).ToContainTextAsync("Approved security officer");

        // Any two versions compare, and every version reads in full.
        await RunningApp.Choose(officer, "compare-from", "Version 1");
        await Assertions.Expect(officer.GetByTestId("comparison")).ToContainTextAsync("Quarterly compliance report (a report every 3 months)");
        await Assertions.Expect(officer.GetByTestId("comparison")).ToContainTextAsync("A security officer approved by the agency");
        await officer.GetByTestId("versions").GetByText("Version 1,").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("agreement-text-1")).ToContainTextAsync("Periodic compliance report. Quarterly compliance report");

        await officer.GetByTestId("sign").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("signatures")).ToContainTextAsync("signed for the agency (version 3), awaiting the other side");
        await officer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RunningApp.Artifacts, "agreement-comparison.png"), FullPage = true });

        await investor.ReloadAsync();
        await RunningApp.Interactive(investor);
        await investor.GetByTestId("sign").ClickAsync();
        await Assertions.Expect(investor.GetByTestId("agreement-status")).ToContainTextAsync("In force");
        // Issue 15: the signature block says who signed the version in force, for which side, and when.
        await Assertions.Expect(investor.GetByTestId("signature-block")).ToContainTextAsync("The agency");
        await Assertions.Expect(investor.GetByTestId("signature-block")).ToContainTextAsync("Li Wei");
        await Assertions.Expect(investor.GetByTestId("obligations")).ToContainTextAsync("Half-yearly compliance report");

        // The print view: the version in force in full, its obligations and its signature block.
        await investor.GetByTestId("print-view").ClickAsync();
        await RunningApp.Interactive(investor);
        var printed = investor.GetByTestId("agreement-print");
        await Assertions.Expect(printed).ToContainTextAsync("Version 3");
        await Assertions.Expect(printed).ToContainTextAsync("Approved security officer.");
        await Assertions.Expect(printed).ToContainTextAsync("Li Wei");
        await investor.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RunningApp.Artifacts, "agreement-print.png"), FullPage = true });
        await investor.GoBackAsync();

        // The portal's case page lists what the investor owes.
        await investor.GotoAsync($"/portal/notifications/{id}");
        await RunningApp.Interactive(investor);
        await Assertions.Expect(investor.GetByTestId("portal-obligations")).ToContainTextAsync("Half-yearly compliance report");
        await investor.GetByTestId("agreement-link").ClickAsync();
        await RunningApp.Interactive(investor);

        // The investor files the first report with a signed certification; the officer accepts it.
        var form = investorApi.CreateFormData();
        form.Set("file", new FilePayload { Name = "certification-h1.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7 signed"u8.ToArray() });
        (await investorApi.PostAsync($"/api/notifications/{id}/documents", new() { Multipart = form })).Ok.ShouldBeTrue();
        await investor.ReloadAsync();
        await RunningApp.Interactive(investor);
        await investor.Locator("#obligation-text").FillAsync("No foreign-person access to controlled technology this half.");
        await investor.Locator("#obligation-text").PressAsync("Tab");
        await investor.GetByLabel("certification-h1.pdf").CheckAsync();
        await investor.GetByTestId("submit-report").First.ClickAsync();
        await Assertions.Expect(investor.GetByTestId("obligations")).ToContainTextAsync("submitted");
        await officer.ReloadAsync();
        await RunningApp.Interactive(officer);
        await officer.GetByTestId("accept-report").First.ClickAsync();
        await Assertions.Expect(officer.GetByTestId("obligations")).ToContainTextAsync("accepted");
        await Assertions.Expect(officer.GetByTestId("obligations")).ToContainTextAsync("certification-h1.pdf");

        // A breach: recorded with evidence, a penalty proposed by one officer and approved by another.
        await officer.Locator("#violation-text").FillAsync("Subcontractor given access to flight-control source code");
        await officer.GetByTestId("record-violation").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("agreement-error")).ToHaveCountAsync(0);
        await Assertions.Expect(officer.GetByTestId("violations")).ToContainTextAsync("material");
        await officer.Locator("#violation-text").FillAsync("31 CFR 800.901(b)");
        await officer.Locator("#penalty-amount").FillAsync("250000");
        await officer.Locator("#penalty-amount").PressAsync("Tab");
        await officer.GetByTestId("propose-penalty").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("violations")).ToContainTextAsync("awaiting a second officer");
        await Assertions.Expect(officer.GetByTestId("approve-penalty")).ToHaveCountAsync(0);
        var second = await app.SignedInAs("officer-2");
        await second.GotoAsync(officer.Url);
        await RunningApp.Interactive(second);
        await second.GetByTestId("approve-penalty").ClickAsync();
        await Assertions.Expect(second.GetByTestId("violations")).ToContainTextAsync("250,000 (approved)");
        await investorApi.DisposeAsync();
        await officerApi.DisposeAsync();
    }
}
