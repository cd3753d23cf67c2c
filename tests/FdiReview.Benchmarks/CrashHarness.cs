using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using FdiReview.Web.Infrastructure;
using Npgsql;

namespace FdiReview.Benchmarks;

/// <summary>
/// Crash harness: writers file notifications with idempotency keys and record every acknowledged filing while
/// the app is killed with SIGKILL at random moments and PostgreSQL is stopped in immediate mode; both restart.
/// Writers retry every unacknowledged key until it is acknowledged. Then: every acknowledged filing exists
/// exactly once, stream versions are contiguous, projections reach the high-water mark, no durable message is
/// stuck, and the audit chain verifies. Short mode (ops/test): 3 kills, 1 database stop; <c>--long</c>: 50 and 5.
/// </summary>
public static class CrashHarness
{
    private const string Schema = "crash_harness";
    private const int Port = 5098;

    public static async Task<int> Run(string[] args)
    {
        var longMode = args.Contains("--long");
        var (kills, databaseStops, writers) = longMode ? (50, 5, 8) : (3, 1, 4);
        var url = Environment.GetEnvironmentVariable("FDI_DATABASE_URL") ?? "postgres://postgres:fdireview@127.0.0.1:54329/fdireview";
        var ownCluster = ProjectCluster.IsInUse(url);
        if (!ownCluster) { Console.WriteLine("crash harness: FDI_DATABASE_URL names a server ops/pg does not run; PostgreSQL will not be stopped"); databaseStops = 0; }
        await DriverDatabase.Sql(url, $"drop schema if exists {Schema} cascade");
        var audit = Path.Combine(Path.GetTempPath(), "fdireview-drivers", Schema);
        if (Directory.Exists(audit)) Directory.Delete(audit, recursive: true);
        var settings = new Dictionary<string, string> { ["Audit__CheckpointInterval"] = "00:00:01" };

        var app = AppProcess.Start(Port, url, Schema, settings);
        try
        {
            return await Chaos(url, settings, app, kills, databaseStops, writers, longMode, a => app = a);
        }
        finally
        {
            await app.DisposeAsync(); // never leave an app holding the port
        }
    }

    private static async Task<int> Chaos(string url, Dictionary<string, string> settings, AppProcess app, int kills, int databaseStops,
        int writers, bool longMode, Action<AppProcess> restarted)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var token = await app.TokenFor(http, "investor-a", TimeSpan.FromMinutes(2));
        var acknowledged = new ConcurrentDictionary<string, Guid>();
        var pending = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();

        async Task Writer()
        {
            while (!stop.IsCancellationRequested)
            {
                var key = pending.TryDequeue(out var retry) ? retry : Guid.NewGuid().ToString("N");
                try
                {
                    if (await NotificationRequests.Send(http, app.BaseAddress, Volatile.Read(ref token), key) is { } id)
                    {
                        if (acknowledged.TryGetValue(key, out var earlier) && earlier != id) throw new InvalidOperationException($"Key {key} acknowledged as {earlier} and {id}");
                        acknowledged[key] = id;
                        continue;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException) { }
                pending.Enqueue(key); // outcome unknown: the same key again, later
                await Task.Delay(50);
            }
        }

        var writing = Enumerable.Range(0, writers).Select(_ => Task.Run(Writer)).ToArray();
        var random = new Random();
        var stopsAt = Enumerable.Range(0, databaseStops).Select(i => (i + 1) * kills / (databaseStops + 1)).ToHashSet();
        for (var i = 0; i < kills; i++)
        {
            await Task.Delay(random.Next(500, 2_500));
            if (stopsAt.Contains(i))
            {
                ProjectCluster.Ops("stop-immediate");
                await Task.Delay(random.Next(200, 1_000));
                ProjectCluster.Ops("start");

            }
            app.Kill();
            Console.WriteLine($"  kill {i + 1}/{kills}{(stopsAt.Contains(i) ? " (after a PostgreSQL immediate stop)" : "")} at {clock.Elapsed.TotalSeconds:N1} s, {acknowledged.Count} acknowledged");
            app = AppProcess.Start(Port, url, Schema, settings);
            restarted(app);
            Volatile.Write(ref token, await app.TokenFor(http, "investor-a", TimeSpan.FromMinutes(2)));
        }
        await Task.Delay(1_000);
        await stop.CancelAsync();
        await Task.WhenAll(writing);
        // Every key whose outcome was unknown is retried until acknowledged: none may end up filed twice.
        var retryUntil = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < retryUntil && pending.TryDequeue(out var key))
        {
            try
            {
                if (await NotificationRequests.Send(http, app.BaseAddress, token, key) is { } id) { acknowledged[key] = id; continue; }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            pending.Enqueue(key);
            await Task.Delay(100);
        }

        var problems = await Verify(url, app, http, acknowledged);
        if (!pending.IsEmpty) problems.Add($"{pending.Count} filings never acknowledged on retry");
        await app.DisposeAsync();
        Console.WriteLine($"crash harness ({(longMode ? "long" : "short")}): {kills} kills, {databaseStops} PostgreSQL immediate stops, " +
                          $"{acknowledged.Count} acknowledged filings: {(problems.Count == 0 ? "0 lost, 0 duplicated, all checks passed" : string.Join("; ", problems))}");
        if (problems.Count == 0) await DriverDatabase.Sql(url, $"drop schema if exists {Schema} cascade"); // kept for a look otherwise
        return problems.Count == 0 ? 0 : 1;
    }

    private static async Task<List<string>> Verify(string url, AppProcess app, HttpClient http, ConcurrentDictionary<string, Guid> acknowledged)
    {
        var problems = new List<string>();
        var filed = await DriverDatabase.Rows(url, $"select data->'facts'->'target'->>'name', stream_id::text from {Schema}.mt_events where type = 'notification_filed'");
        var byKey = filed.GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.Select(r => Guid.Parse(r[1])).ToList());
        var lost = acknowledged.Count(a => !byKey.TryGetValue($"Target {a.Key}", out var ids) || !ids.Contains(a.Value));
        var duplicated = byKey.Count(k => k.Value.Count > 1);
        if (lost > 0) problems.Add($"{lost} acknowledged filings lost");
        if (duplicated > 0) problems.Add($"{duplicated} filings duplicated");

        // Marten's tombstone stream (sequence numbers of failed saves, written so the daemon need not wait on them)
        // is bookkeeping, not a case: its versions are not a history.
        var gaps = await DriverDatabase.Rows(url, $"select e.stream_id::text from {Schema}.mt_events e join {Schema}.mt_streams s on s.id = e.stream_id " +
                                   $"where e.stream_id not in (select stream_id from {Schema}.mt_events where type = 'tombstone') " +
                                   "group by e.stream_id, s.version having min(e.version) <> 1 or max(e.version) <> count(*) or max(e.version) <> s.version");
        foreach (var gap in gaps.Take(3))
        {
            var versions = await DriverDatabase.Rows(url, $"select version::text, type, seq_id::text from {Schema}.mt_events where stream_id = '{gap[0]}' order by version");
            var stream = await DriverDatabase.Rows(url, $"select version::text from {Schema}.mt_streams where id = '{gap[0]}'");
            Console.WriteLine($"  stream {gap[0]} (mt_streams.version {stream.FirstOrDefault()?[0]}): " +
                              string.Join(", ", versions.Select(v => $"v{v[0]} {v[1]} #{v[2]}")));
        }
        if (gaps.Count > 0) problems.Add($"{gaps.Count} streams with non-contiguous versions");

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var behind = await DriverDatabase.Rows(url, $"select p.name from {Schema}.mt_event_progression p, (select max(seq_id) as top from {Schema}.mt_events) m " +
                                         "where (p.name = 'HighWaterMark' or p.name like '%:%') and p.last_seq_id < m.top");
            var stuck = await DriverDatabase.Rows(url, $"select id::text from {Schema}.wolverine_incoming_envelopes where status = 'Incoming' " +
                                        $"or (status = 'Scheduled' and execution_time < now() - interval '30 seconds') union all select id::text from {Schema}.wolverine_outgoing_envelopes");
            var unsealed = await DriverDatabase.Rows(url, $"select 1 from {Schema}.mt_events where seq_id > (select coalesce(max(seq_id), 0) from {Schema}.fdi_audit_chain) limit 1");
            if (behind.Count == 0 && stuck.Count == 0 && unsealed.Count == 0) break;
            if (DateTime.UtcNow > deadline)
            {
                if (behind.Count > 0) problems.Add($"projections behind the high-water mark: {string.Join(", ", behind.Select(b => b[0]))}");
                if (stuck.Count > 0) problems.Add($"{stuck.Count} durable messages stuck");
                if (unsealed.Count > 0) problems.Add("events left unsealed");
                break;
            }
            await Task.Delay(500);
        }

        var auditor = await app.TokenFor(http, "auditor-1", TimeSpan.FromSeconds(30));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(app.BaseAddress, "/api/audit/verify"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", auditor);
        using var response = await http.SendAsync(request);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        if (!report.GetProperty("intact").GetBoolean()) problems.Add($"audit chain broken: {report.GetProperty("firstBroken")}");
        return problems;
    }
}
