using System.IO.Compression;
using System.Net;
using System.Text;
using FdiReview.Web.Audit;
using FdiReview.Web.Tests.Review;
using Alba;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace FdiReview.Web.Tests.Audit;

/// <summary>An audit package holds one case's events, history, chain links and checkpoint, and verifies offline.</summary>
public class AuditPackageTests(AppFixture app) : CaseApiTest(app)
{
    private async Task<byte[]> Export(string query)
    {
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        var result = await As("auditor-1", s => { s.Get.Url($"/api/audit/export?{query}"); s.StatusCodeShouldBeOk(); });
        result.Context.Response.ContentType.ShouldBe("application/zip");
        using var buffer = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    [Fact]
    public async Task A_cases_package_verifies_offline_and_holds_only_that_cases_events()
    {
        var id = await File();
        var other = await File();
        await Ok(id, "officer-1", "acceptance", new { });
        await Ok(other, "officer-1", "acceptance", new { });
        await Ok(id, "officer-1", "information-requests", new { questions = "Ownership of the fund's general partner" });

        var package = await Export($"notification={id}");

        var report = PackageVerification.Verify(new MemoryStream(package));
        report.Intact.ShouldBeTrue(report.Describe());
        report.EventsChecked.ShouldBeGreaterThanOrEqualTo(5);
        using var zip = new ZipArchive(new MemoryStream(package));
        var events = Read(zip, AuditExport.Events);
        events.ShouldNotContain(other.ToString());
        var history = Read(zip, AuditExport.History);
        history.ShouldStartWith("sequence,stream_version,at,event,summary,user,actor,role,correlation_id,causation_id");
        history.ShouldContain("requested information: Ownership of the fund's general partner");
    }

    [Fact]
    public async Task A_changed_event_in_a_package_is_named()
    {
        var id = await File();
        await Ok(id, "officer-1", "acceptance", new { });
        var package = await Export($"notification={id}");

        var tampered = Rewrite(package, AuditExport.Events, text => text.Replace("Corporation B", "Corporation C"));
        var report = PackageVerification.Verify(new MemoryStream(tampered));

        report.Intact.ShouldBeFalse();
        report.FirstBroken!.StreamId.ShouldBe(id);
        report.FirstBroken.Problem.ShouldContain("changed");
    }

    [Fact]
    public async Task A_package_for_a_period_covers_every_case_in_it_and_the_cli_accepts_it()
    {
        var from = DateTimeOffset.UtcNow.AddMinutes(-5);
        await File();
        await File();
        var package = await Export($"from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(5).ToString("O"))}");

        var path = Path.Combine(App.AuditDirectory, "package.zip");
        await System.IO.File.WriteAllBytesAsync(path, package);
        var output = new StringWriter();
        AuditCommands.VerifyPackage(["verify", path], output).ShouldBe(0, output.ToString());
        output.ToString().ShouldStartWith("Package intact");

        System.IO.File.WriteAllBytes(path, Rewrite(package, AuditExport.Chain, text => text.Remove(text.IndexOf('\n') + 1, 1).Insert(text.IndexOf('\n') + 1, "[")));
        AuditCommands.VerifyPackage(["verify", path], new StringWriter()).ShouldNotBe(0);
    }

    [Fact]
    public async Task Export_scopes_are_checked_and_only_auditors_export()
    {
        await As("auditor-1", s => { s.Get.Url("/api/audit/export"); s.StatusCodeShouldBe(HttpStatusCode.BadRequest); });
        await As("auditor-1", s => { s.Get.Url($"/api/audit/export?notification={Guid.NewGuid()}&from=2026-01-01T00:00:00Z"); s.StatusCodeShouldBe(HttpStatusCode.BadRequest); });
        await As("auditor-1", s => { s.Get.Url("/api/audit/export?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"); s.StatusCodeShouldBe(HttpStatusCode.BadRequest); });
        await As("officer-1", s => { s.Get.Url($"/api/audit/export?notification={Guid.NewGuid()}"); s.StatusCodeShouldBe(HttpStatusCode.Forbidden); });
    }

    private static string Read(ZipArchive zip, string name) => new StreamReader(zip.GetEntry(name)!.Open()).ReadToEnd();

    private static byte[] Rewrite(byte[] package, string entryName, Func<string, string> change)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package)))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in source.Entries)
            {
                var text = Read(source, entry.FullName);
                using var writer = target.CreateEntry(entry.FullName).Open();
                writer.Write(Encoding.UTF8.GetBytes(entry.FullName == entryName ? change(text) : text));
            }
        return output.ToArray();
    }
}
