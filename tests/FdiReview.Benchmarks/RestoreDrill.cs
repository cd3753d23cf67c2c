using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace FdiReview.Benchmarks;

/// <summary>
/// The restore drill (ops/test): file cases, take a backup, file more, note a moment, file more; restore the backup
/// and the archived WAL to that moment into a second cluster on another port; then every filing acknowledged before
/// the moment is there exactly once and none filed after it, the audit chain verifies up to the restored point (the
/// signed checkpoints beyond it named), and the read models rebuilt on the restored store equal a fold of its events.
/// </summary>
public static class RestoreDrill
{
    private const string Schema = "restore_drill";
    private const int Port = 5097, RestoredAppPort = 5096, RestoredDatabasePort = 54338;

    public static async Task<int> Run(string[] args)
    {
        var url = Environment.GetEnvironmentVariable("FDI_DATABASE_URL") ?? "postgres://postgres:fdireview@127.0.0.1:54329/fdireview";
        if (!ProjectCluster.IsInUse(url))
        {
            Console.WriteLine("restore drill: FDI_DATABASE_URL names a server ops/pg does not run; drill that server's own backups instead");
            return 0;
        }
        var restoredDirectory = Path.Combine(Path.GetTempPath(), $"fdireview-restore-drill-{Guid.NewGuid():N}");
        if (Environment.UserName == "root") restoredDirectory = Path.Combine("/var/tmp", Path.GetFileName(restoredDirectory));
        await DriverDatabase.Sql(url, $"drop schema if exists {Schema} cascade");
        var audit = Path.Combine(Path.GetTempPath(), "fdireview-drivers", Schema);
        if (Directory.Exists(audit)) Directory.Delete(audit, recursive: true);
        var settings = new Dictionary<string, string> { ["Audit__CheckpointInterval"] = "00:00:01" };
        var problems = new List<string>();
        var clock = Stopwatch.StartNew();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var before = new Dictionary<string, Guid>();
        var after = new Dictionary<string, Guid>();
        string? restoredUrl = null;
        await using (var app = AppProcess.Start(Port, url, Schema, settings))
        {
            var token = await app.TokenFor(http, "investor-a", TimeSpan.FromMinutes(2));
            async Task File(Dictionary<string, Guid> into, int count)
            {
                for (var i = 0; i < count; i++)
                {
                    var key = Guid.NewGuid().ToString("N");
                    into[key] = await NotificationRequests.Send(http, app.BaseAddress, token, key)
                                ?? throw new InvalidOperationException("A filing was not acknowledged.");
                }
            }

            await File(before, 15);
            ProjectCluster.Ops("backup", "full");
            await File(before, 15);
            await Sealed(url, audit); // seals and a signed checkpoint cover the filings so far
            var moment = await DriverDatabase.Rows(url, "select to_char(now() at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'");
            await Task.Delay(1_200);
            await File(after, 15);
            await Sealed(url, audit); // and a checkpoint beyond the moment
            var restoreClock = Stopwatch.StartNew();
            restoredUrl = ProjectCluster.Ops("restore-into", restoredDirectory, RestoredDatabasePort.ToString(CultureInfo.InvariantCulture), moment[0][0]).Trim();
            Console.WriteLine($"  restored to {moment[0][0]} on port {RestoredDatabasePort} in {restoreClock.Elapsed.TotalSeconds:N1} s " +
                              $"({before.Count} filings before the moment, {after.Count} after)");
        }

        try
        {
            // Filings: everything acknowledged before the moment exactly once, nothing filed after it.
            var filed = await DriverDatabase.Rows(restoredUrl, $"select data->'facts'->'target'->>'name', stream_id::text from {Schema}.mt_events where type = 'notification_filed'");
            var byTarget = filed.GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.Select(r => Guid.Parse(r[1])).ToList());
            var missing = before.Count(b => !byTarget.TryGetValue($"Target {b.Key}", out var ids) || ids.Count != 1 || ids[0] != b.Value);
            var present = after.Count(a => byTarget.ContainsKey($"Target {a.Key}"));
            if (missing > 0) problems.Add($"{missing} filings acknowledged before the moment are missing or duplicated");
            if (present > 0) problems.Add($"{present} filings made after the moment are in the restore");

            // The chain, against the checkpoints signed outside the database.
            var (verified, report) = Cli(restoredUrl, audit, "verify", "--after-restore");
            Console.WriteLine("  " + report.Trim().Replace("\n", "\n  "));
            if (!verified) problems.Add("the audit chain does not verify up to the restored point");
            if (!report.Contains("signed checkpoint(s) lie beyond the restored point", StringComparison.Ordinal))
                problems.Add("verify did not name the checkpoints beyond the restored point");

            // Read models rebuilt from the restored events, then compared with the aggregate each stream folds to.
            var (rebuilt, rebuildOutput) = Cli(restoredUrl, audit, "rebuild");
            if (!rebuilt) problems.Add($"rebuild failed: {rebuildOutput.Trim()}");
            var drift = await DriverDatabase.Rows(restoredUrl,
                $"select s.id::text from {Schema}.mt_streams s left join {Schema}.mt_doc_notificationsummary n on n.id = s.id " +
                $"where s.id in (select stream_id from {Schema}.mt_events where type = 'notification_filed') and (n.id is null or (n.data->>'version')::int <> s.version)");
            if (drift.Count > 0) problems.Add($"{drift.Count} queue rows differ from their streams' versions after the rebuild");
            // The restored app seals what it records from now on under checkpoints of its own.
            var restoredSettings = new Dictionary<string, string>(settings) { ["Audit__Directory"] = audit + "-restored" };
            await using (var restoredApp = AppProcess.Start(RestoredAppPort, restoredUrl, Schema, restoredSettings))
            {
                var officer = await restoredApp.TokenFor(http, "officer-1", TimeSpan.FromMinutes(2));
                var rows = await DriverDatabase.Rows(restoredUrl, $"select id::text, data->>'status', data->>'version' from {Schema}.mt_doc_notificationsummary");
                foreach (var row in rows)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(restoredApp.BaseAddress, $"/api/notifications/{row[0]}"));
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", officer);
                    using var response = await http.SendAsync(request);
                    var folded = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                    if (!response.IsSuccessStatusCode || folded.GetProperty("version").GetInt32().ToString(CultureInfo.InvariantCulture) != row[2]
                        || !string.Equals(folded.GetProperty("status").GetString(), row[1], StringComparison.OrdinalIgnoreCase))
                        problems.Add($"the queue row of {row[0]} differs from its case");
                }
                if (rows.Count != before.Count) problems.Add($"{rows.Count} queue rows for {before.Count} filings");
            }
        }
        finally
        {
            ProjectCluster.Ops("stop-restored", restoredDirectory);
            foreach (var leftover in new[] { restoredDirectory, restoredDirectory + ".run" })
                if (Directory.Exists(leftover)) Directory.Delete(leftover, recursive: true);
            if (System.IO.File.Exists(restoredDirectory + ".log")) System.IO.File.Delete(restoredDirectory + ".log");
        }

        Console.WriteLine(problems.Count == 0
            ? $"restore drill: {before.Count} filings before the moment all restored once, {after.Count} after it absent, the chain verified " +
              $"to the restored point, read models rebuilt and equal to the events ({clock.Elapsed.TotalSeconds:N0} s)"
            : $"restore drill FAILED: {string.Join("; ", problems)}");
        if (problems.Count == 0) await DriverDatabase.Sql(url, $"drop schema if exists {Schema} cascade");
        if (Directory.Exists(audit + "-restored")) Directory.Delete(audit + "-restored", recursive: true);
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>Waits until every event is sealed into the chain and a signed checkpoint covers the last of them.</summary>
    private static async Task Sealed(string url, string audit)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        var file = Path.Combine(audit, "checkpoints.jsonl");
        while (DateTime.UtcNow < deadline)
        {
            var head = await DriverDatabase.Scalar(url, $"select coalesce(max(seq_id), 0) from {Schema}.mt_events");
            var sealedThrough = await DriverDatabase.Scalar(url, $"select coalesce(max(seq_id), 0) from {Schema}.fdi_audit_chain");
            var checkpoint = System.IO.File.Exists(file)
                ? System.IO.File.ReadAllLines(file).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("sequence").GetInt64()).DefaultIfEmpty(0).Max()
                : 0;
            if (sealedThrough >= head && checkpoint >= head) return;
            await Task.Delay(250);
        }
        throw new TimeoutException("The chain was not sealed and checkpointed within two minutes.");
    }

    /// <summary>The app's own command line (verify, rebuild) against a database.</summary>
    private static (bool Ok, string Output) Cli(string databaseUrl, string audit, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [AppProcess.Dll, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in AppProcess.Environment(databaseUrl, Schema, new Dictionary<string, string> { ["Audit__Directory"] = audit }))
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode == 0, output.Result + error.Result);
    }
}
