using Microsoft.Playwright;

namespace FdiReview.EndToEnd.Tests;

/// <summary>
/// Issue 14, finding 13: with scripts allowed from this site only (and the import map by nonce), every console page
/// still comes alive in Chromium and the browser reports no violation of the policy.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ContentSecurityPolicyTests(RunningApp app)
{
    [Fact]
    public async Task Finding_13_the_console_runs_under_the_policy_with_no_violation()
    {
        var officer = await app.SignedInAs("officer-1");
        var violations = new List<string>();
        officer.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };
        foreach (var path in new[] { "/console/queue", "/console/statistics", "/console/deadlines", "/console/workload", "/what-if" })
        {
            await officer.GotoAsync(path);
            await RunningApp.Interactive(officer);
        }
        violations.ShouldBeEmpty();
        await officer.Context.CloseAsync();
    }
}
