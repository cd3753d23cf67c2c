using System.Collections.Concurrent;
using System.Diagnostics;

namespace FdiReview.Benchmarks;

/// <summary>
/// Crash harness: while the app is killed with SIGKILL at random moments and PostgreSQL is stopped in immediate mode
/// (both restart), filers file notifications with idempotency keys and walkers take cases through every kind of
/// command (<see cref="CaseWalk"/>), on a clock months in the past so that every durable deadline falls due at once.
/// Then: every acknowledged command is recorded exactly once and none twice, every scheduled deadline has fired
/// exactly once, stream versions are contiguous, projections reach the high-water mark, no durable message is stuck
/// and the audit chain verifies. Short mode (ops/test): 3 kills, 1 database stop; <c>--long</c>: 50 and 5.
/// </summary>
public static class CrashHarness
{
    private const string Schema = "crash_harness";
    private const int Port = 5098;

    /// <summary>A Monday morning in New York, long enough ago that every period of a case started then is over.</summary>
    private const string ClockStartsAt = "2026-01-05T14:00:00Z";

    public static async Task<int> Run(string[] args)
    {
        var longMode = args.Contains("--long");
        var (kills, databaseStops, filers, walkers) = longMode ? (50, 5, 2, 8) : (3, 1, 2, 4);
        var url = Environment.GetEnvironmentVariable("FDI_DATABASE_URL") ?? "postgres://postgres:fdireview@127.0.0.1:54329/fdireview";
        if (!ProjectCluster.IsInUse(url)) { Console.WriteLine("crash harness: FDI_DATABASE_URL names a server ops/pg does not run; PostgreSQL will not be stopped"); databaseStops = 0; }
        await DriverDatabase.Sql(url, $"drop schema if exists {Schema} cascade");
        var audit = Path.Combine(Path.GetTempPath(), "fdireview-drivers", Schema);
        if (Directory.Exists(audit)) Directory.Delete(audit, recursive: true);
        var settings = new Dictionary<string, string> { ["Audit__CheckpointInterval"] = "00:00:01", ["FdiReview__ClockStartsAt"] = ClockStartsAt,
            ["Cluster__ScheduledMessagePollingTime"] = "00:00:00.250",
            // A killed node's messages (a deadline it was handling) are taken over once it is noticed dead.
            ["Cluster__HealthCheckInterval"] = "00:00:01", ["Cluster__StaleNodeTimeout"] = "00:00:05" };

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await using var app = new KilledApp(Port, url, Schema, settings);
        await app.Start(http);
        var filings = new ConcurrentDictionary<string, Guid>();
        var ledger = new CommandLedger();
        var problems = new ConcurrentQueue<string>();
        var pending = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        using var giveUp = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();

        async Task Filer()
        {
            while (!stop.IsCancellationRequested)
            {
                var key = pending.TryDequeue(out var retry) ? retry : Guid.NewGuid().ToString("N");
                try
                {
                    if (await NotificationRequests.Send(http, app.BaseAddress, app.Token("investor-a"), key) is { } id)
                    {
                        if (filings.TryGetValue(key, out var earlier) && earlier != id) problems.Enqueue($"key {key} acknowledged as {earlier} and {id}");
                        filings[key] = id;
                        continue;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException) { }
                pending.Enqueue(key); // outcome unknown: the same key again, later
                await Task.Delay(50);
            }
        }

        var walks = 0;
        async Task Walker()
        {
            var walk = new CaseWalk(http, app, url, Schema, ledger, filings);
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await walk.Walk(giveUp.Token);
                    Interlocked.Increment(ref walks);
                }
                catch (OperationCanceledException) when (giveUp.IsCancellationRequested) { problems.Enqueue("a case walk did not finish after the kills"); return; }
                catch (InvalidOperationException e) { problems.Enqueue(e.Message); return; }
            }
        }

        var working = Enumerable.Range(0, filers).Select(_ => Task.Run(Filer)).Concat(Enumerable.Range(0, walkers).Select(_ => Task.Run(Walker))).ToArray();
        var random = new Random();
        var stopsAt = Enumerable.Range(0, databaseStops).Select(i => (i + 1) * kills / (databaseStops + 1)).ToHashSet();
        for (var i = 0; i < kills; i++)
        {
            // Some nodes die at once, some live long enough to take over what the dead ones held (their deadlines).
            await Task.Delay(random.Next(500, 6_000));
            if (stopsAt.Contains(i))
            {
                ProjectCluster.Ops("stop-immediate");
                await Task.Delay(random.Next(200, 1_000));
                ProjectCluster.Ops("start");
            }
            await app.Restart(http);
            Console.WriteLine($"  kill {i + 1}/{kills}{(stopsAt.Contains(i) ? " (after a PostgreSQL immediate stop)" : "")} at {clock.Elapsed.TotalSeconds:N1} s, " +
                              $"{filings.Count} filings and {ledger.Acknowledged} case-walk commands acknowledged");
        }
        await Task.Delay(1_000);
        await stop.CancelAsync(); // filers stop; walkers finish the case in hand
        giveUp.CancelAfter(TimeSpan.FromMinutes(3));
        await Task.WhenAll(working);

        // Every filing whose outcome was unknown is retried until acknowledged: none may end up filed twice.
        var retryUntil = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < retryUntil && pending.TryDequeue(out var key))
        {
            try
            {
                if (await NotificationRequests.Send(http, app.BaseAddress, app.Token("investor-a"), key) is { } id) { filings[key] = id; continue; }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            pending.Enqueue(key);
            await Task.Delay(100);
        }
        if (!pending.IsEmpty) problems.Enqueue($"{pending.Count} filings never acknowledged on retry");

        var found = problems.Concat(await CrashChecks.Verify(url, Schema, app, http, filings, ledger)).ToList();
        var fired = await CrashChecks.DeadlinesFiredCount(url, Schema);
        Console.WriteLine($"crash harness ({(longMode ? "long" : "short")}): {kills} kills, {databaseStops} PostgreSQL immediate stops in {clock.Elapsed.TotalSeconds:N0} s; " +
                          $"{filings.Count} acknowledged filings, {walks} cases walked to a decision ({ledger.Summary()}), {fired} deadlines fired: " +
                          (found.Count == 0 ? "0 lost, 0 applied twice, every deadline fired once, all checks passed" : string.Join("; ", found)));
        if (found.Count == 0) await DriverDatabase.Sql(url, $"drop schema if exists {Schema} cascade"); // kept for a look otherwise
        return found.Count == 0 ? 0 : 1;
    }
}
