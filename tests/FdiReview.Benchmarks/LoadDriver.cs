using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using FdiReview.Web.Infrastructure;
using Npgsql;

namespace FdiReview.Benchmarks;

/// <summary>
/// Load driver (not a test): starts the app as its own process on the pre-generated code and times the cold
/// start to the first acknowledged filing; then, with C concurrent clients for T seconds per phase, files
/// notifications (idempotency keys), accepts them as officers, reads the queue and reads cases as of a version.
/// Beside them it measures the machine: pgbench single-row inserts at the same concurrency against the same
/// PostgreSQL, and raw SQL for the same queue page and the same stream reads. Prints throughput, p50/p95/p99
/// and the ratios.
/// </summary>
public static class LoadDriver
{
    private const string Schema = "bench_load";

    public static async Task<int> Run(string[] args)
    {
        var clients = args.Length > 1 && int.TryParse(args[1], out var c) ? c : 8;
        var seconds = args.Length > 2 && int.TryParse(args[2], out var s) ? s : 20;
        var url = Environment.GetEnvironmentVariable("FDI_DATABASE_URL") ?? "postgres://postgres:fdireview@127.0.0.1:54329/fdireview";
        await DriverDatabase.Sql(url, $"drop schema if exists {Schema} cascade");

        // A cold start pays for creating the schema once; the figure that matters is the warm process start.
        await using (var first = AppProcess.Start(5097, url, Schema)) await FirstFiling(first);
        var app = AppProcess.Start(5097, url, Schema);
        var coldStart = await FirstFiling(app);
        Console.WriteLine($"cold start, process start → first acknowledged filing (pre-generated code): {coldStart.TotalMilliseconds:N0} ms");

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2 }) { Timeout = TimeSpan.FromSeconds(30) };
        var investor = await app.TokenFor(http, "investor-a", TimeSpan.FromSeconds(5));
        var officer = await app.TokenFor(http, "officer-1", TimeSpan.FromSeconds(5));
        var filed = new ConcurrentQueue<Guid>();
        var results = new List<(string Operation, PhaseResult Result)>();

        results.Add(("filing", await Phase(clients, seconds, async () =>
        {
            var id = await NotificationRequests.Send(http, app.BaseAddress, investor, Guid.NewGuid().ToString("N"));
            if (id is { } ok) filed.Enqueue(ok);
            return id is not null;
        })));
        var all = filed.ToArray();
        results.Add(("acceptance", await Phase(clients, seconds, async () =>
        {
            if (!filed.TryDequeue(out var id)) return null; // every filed case is accepted: the phase ends
            using var response = await Send(http, HttpMethod.Post, new Uri(app.BaseAddress, $"/api/notifications/{id}/acceptance"), officer, "{}", "\"4\"");
            return response.IsSuccessStatusCode;
        })));
        results.Add(("queue page", await Phase(clients, seconds, async () =>
        {
            using var response = await Send(http, HttpMethod.Get, new Uri(app.BaseAddress, "/api/notifications?page=1&pageSize=25&open=true"), officer);
            return response.IsSuccessStatusCode;
        })));
        var random = new Random(3);
        results.Add(("as-of", await Phase(clients, seconds, async () =>
        {
            var id = all[random.Next(all.Length)];
            using var response = await Send(http, HttpMethod.Get, new Uri(app.BaseAddress, $"/api/notifications/{id}/as-of?version=3"), officer);
            return response.IsSuccessStatusCode;
        })));
        await app.DisposeAsync();

        var pgbench = await PgBench(url, clients, seconds);
        var rawQueue = await RawPhase(url, clients, seconds, _ =>
            $"select data from {Schema}.mt_doc_notificationsummary where status not in ('Closed', 'Withdrawn') " +
            "order by band_rank desc, clock_due_at asc, (data->>'priorityScore')::int desc, filed_at asc limit 25");
        var rawAsOf = await RawPhase(url, clients, seconds, r =>
            $"select data from {Schema}.mt_events where stream_id = '{all[r.Next(all.Length)]}' and version <= 3 order by version");

        Console.WriteLine();
        Console.WriteLine($"{clients} clients, {seconds} s per phase, {all.Length:N0} cases filed");
        Console.WriteLine($"{"operation",-22}{"done",10}{"per s",10}{"p50 ms",10}{"p95 ms",10}{"p99 ms",10}");
        foreach (var (operation, r) in results.Append(("raw SQL queue page", rawQueue)).Append(("raw SQL stream read", rawAsOf)))
            Console.WriteLine($"{operation,-22}{r.Done,10:N0}{r.PerSecond,10:N0}{r.P(0.5),10:N1}{r.P(0.95),10:N1}{r.P(0.99),10:N1}");
        Console.WriteLine($"{"pgbench inserts",-22}{"",10}{pgbench,10:N0}");
        var filings = results[0].Result;
        Console.WriteLine();
        Console.WriteLine($"filings/s ÷ pgbench tps:            {filings.PerSecond / pgbench:N3}");
        Console.WriteLine($"acceptances/s ÷ pgbench tps:        {results[1].Result.PerSecond / pgbench:N3}");
        Console.WriteLine($"queue page p50 ÷ raw SQL p50:        {results[2].Result.P(0.5) / rawQueue.P(0.5):N2} (p95 {results[2].Result.P(0.95) / rawQueue.P(0.95):N2})");
        Console.WriteLine($"as-of p50 ÷ raw stream read p50:     {results[3].Result.P(0.5) / rawAsOf.P(0.5):N2} (p95 {results[3].Result.P(0.95) / rawAsOf.P(0.95):N2})");
        return 0;
    }

    public sealed record PhaseResult(int Done, double PerSecond, List<double> Latencies)
    {
        public double P(double p) => NotificationRequests.Percentile(Latencies, p);
    }

    private static async Task<TimeSpan> FirstFiling(AppProcess app)
    {
        using var http = new HttpClient();
        var token = await app.TokenFor(http, "investor-a", TimeSpan.FromMinutes(2));
        while (await NotificationRequests.Send(http, app.BaseAddress, token, Guid.NewGuid().ToString("N")) is null) await Task.Delay(20);
        return app.SinceStart.Elapsed;
    }

    /// <summary>C clients run the operation back to back for T seconds (or until it says there is no more work); only successes count.</summary>
    private static async Task<PhaseResult> Phase(int clients, int seconds, Func<Task<bool?>> operation)
    {
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < end)
            {
                var watch = Stopwatch.StartNew();
                var outcome = await operation();
                if (outcome is null) return;
                if (outcome.Value) latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        })));
        var list = latencies.ToList();
        return new PhaseResult(list.Count, list.Count / clock.Elapsed.TotalSeconds, list);
    }

    private static async Task<PhaseResult> RawPhase(string url, int clients, int seconds, Func<Random, string> sql)
    {
        var connections = new ConcurrentBag<NpgsqlConnection>();
        for (var i = 0; i < clients; i++)
        {
            var connection = new NpgsqlConnection(DatabaseSettings.FromUrl(url));
            await connection.OpenAsync();
            connections.Add(connection);
        }
        var pool = new ConcurrentQueue<NpgsqlConnection>(connections);
        var random = new Random(5);
        var phase = await Phase(clients, seconds, async () =>
        {
            pool.TryDequeue(out var connection);
            string text;
            lock (random) text = sql(random);
            await using (var command = new NpgsqlCommand(text, connection))
            await using (var reader = await command.ExecuteReaderAsync())
                while (await reader.ReadAsync()) _ = reader.GetString(0);
            pool.Enqueue(connection!);
            return true;
        });
        foreach (var connection in connections) await connection.DisposeAsync();
        return phase;
    }

    /// <summary>The machine's limit: pgbench inserting single rows at the same concurrency, each its own commit.</summary>
    private static async Task<double> PgBench(string url, int clients, int seconds)
    {
        await DriverDatabase.Sql(url, $"create table if not exists {Schema}.pgbench_inserts (id bigint, payload text)");
        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script,
            $"\\set id random(1, 1000000000)\ninsert into {Schema}.pgbench_inserts (id, payload) values (:id, repeat('x', 200));\n");
        var binary = Directory.GetFiles("/usr/lib/postgresql", "pgbench", SearchOption.AllDirectories).OrderDescending().FirstOrDefault() ?? "pgbench";
        var start = new ProcessStartInfo(binary, ["-n", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", clients.ToString(CultureInfo.InvariantCulture),
            "-T", seconds.ToString(CultureInfo.InvariantCulture), "-f", script, url]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        File.Delete(script);
        var tps = Regex.Match(output, @"tps = ([\d.]+)");
        if (!tps.Success) throw new InvalidOperationException($"pgbench printed no tps: {output} {await process.StandardError.ReadToEndAsync()}");
        return double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient http, HttpMethod method, Uri uri, string token, string? json = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (json is not null) request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        return await http.SendAsync(request);
    }
}
