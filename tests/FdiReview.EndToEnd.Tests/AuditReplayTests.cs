using System.Text.Json;
using FdiReview.Web.Audit;
using Microsoft.Playwright;

namespace FdiReview.EndToEnd.Tests;

/// <summary>An auditor replays a case in Chromium: drags the timeline back, reads the earlier state and the diff, exports and verifies.</summary>
[Collection(BrowserCollection.Name)]
public class AuditReplayTests(RunningApp app)
{
    [Fact]
    public async Task An_auditor_drags_the_timeline_back_sees_the_earlier_case_and_the_diff_and_exports_a_verifiable_package()
    {
        var investorApi = await app.ApiAs("investor-b");
        var id = await RunningApp.FileControl(investorApi, "Rhein Sensorik AG", "DE", "Lakeshore Optics", 55);
        var officerApi = await app.ApiAs("officer-1");
        await RunningApp.Command(officerApi, $"/api/notifications/{id}", "/acceptance", new { });
        await RunningApp.Command(officerApi, $"/api/notifications/{id}", "/information-requests", new { questions = "Who controls the general partner?" });

        var auditor = await app.SignedInAs("auditor-1");
        await auditor.GotoAsync($"/console/notifications/{id}");
        await RunningApp.Interactive(auditor);
        await auditor.GetByTestId("open-replay").ClickAsync();
        await RunningApp.Interactive(auditor);
        var status = auditor.GetByTestId("as-of-status");
        await Assertions.Expect(status).Not.ToHaveTextAsync("Filed");
        // Issue 15, item 7: the comparison starts at the event before, so the diff shows what the latest event did.
        await Assertions.Expect(auditor.GetByTestId("diff")).ToContainTextAsync("Who controls the general partner?");

        // Drag the timeline's handle from the latest event all the way back to the first.
        var track = auditor.GetByTestId("timeline").Locator("input[type=range]");
        var box = (await track.BoundingBoxAsync())!;
        var y = box.Y + box.Height / 2;
        await auditor.Mouse.MoveAsync(box.X + box.Width - 4, y);
        await auditor.Mouse.DownAsync();
        await auditor.Mouse.MoveAsync(box.X + box.Width / 2, y, new MouseMoveOptions { Steps = 5 });
        await auditor.Mouse.MoveAsync(box.X + 1, y, new MouseMoveOptions { Steps = 5 });
        await auditor.Mouse.UpAsync();

        await Assertions.Expect(auditor.GetByTestId("as-of-caption")).ToContainTextAsync("As of event 1 of");
        await Assertions.Expect(status).ToHaveTextAsync("Filed, awaiting acceptance");
        await Assertions.Expect(auditor.GetByTestId("as-of-parties")).ToContainTextAsync("Filing admin");

        // Compared with the latest event: field names and values in words, no JSON paths or codes.
        var compare = auditor.GetByTestId("compare").Locator("input[type=range]");
        await compare.FocusAsync();
        await compare.PressAsync("End");
        var diff = auditor.GetByTestId("diff");
        var statusChange = auditor.GetByTestId("diff-status").Locator("td");
        await Assertions.Expect(statusChange.Nth(0)).ToHaveTextAsync("Status");
        await Assertions.Expect(statusChange.Nth(1)).ToHaveTextAsync("Filed, awaiting acceptance");
        await Assertions.Expect(statusChange.Nth(2)).ToHaveTextAsync("Under review");
        await Assertions.Expect(diff).ToContainTextAsync("Information requests › 1");
        await Assertions.Expect(diff).ToContainTextAsync("Who controls the general partner?");
        var words = await diff.InnerTextAsync();
        words.ShouldNotContain("informationRequests");
        CodeWords.In(words).ShouldBeEmpty();
        foreach (var (width, height) in new[] { (1280, 800), (1920, 1080) })
        {
            await auditor.SetViewportSizeAsync(width, height);
            await auditor.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Artifacts, $"audit-replay-{width}x{height}.png"), FullPage = true });
        }

        // The verification says what it checked: the whole record, not this case.
        await auditor.GetByTestId("verify").ClickAsync();
        await Assertions.Expect(auditor.GetByTestId("verification")).ToContainTextAsync("Checked the whole record");

        var download = await auditor.RunAndWaitForDownloadAsync(() => auditor.GetByTestId("export").ClickAsync());
        download.SuggestedFilename.ShouldMatch(@"^audit-FDI-\d{4}-[0-9A-F]{6}\.zip$");
        var path = Path.Combine(RunningApp.Artifacts, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        await using var package = File.OpenRead(path);
        var report = PackageVerification.Verify(package);
        report.Intact.ShouldBeTrue(report.Describe());
        report.EventsChecked.ShouldBeGreaterThanOrEqualTo(4);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(path))
            new StreamReader(zip.GetEntry("HOW-TO-VERIFY.txt")!.Open()).ReadToEnd().ShouldContain("verify PACKAGE.zip");
        await auditor.Context.CloseAsync();
    }
}
