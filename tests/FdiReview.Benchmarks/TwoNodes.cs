using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using FdiReview.Web.Infrastructure;
using Npgsql;

namespace FdiReview.Benchmarks;

/// <summary>
/// Two app processes on different ports against one PostgreSQL: Wolverine runs each async projection on exactly
/// one of them; killing that node moves its projections to the other, which keeps them current; filings through
/// both nodes make one consistent queue. Run by ops/test (it counts as one test).
/// </summary>
public static class TwoNodes
{
    private const string Schema = "two_nodes";
    private const string Projections = "event-subscriptions://";

    public static async Task<int> Run(string[] args)
    {
        var url = Environment.GetEnvironmentVariable("FDI_DATABASE_URL") ?? "postgres://postgres:fdireview@127.0.0.1:54329/fdireview";
        await DriverDatabase.Sql(url, $"drop schema if exists {Schema} cascade");
        var settings = new Dictionary<string, string> { ["Cluster__HealthCheckInterval"] = "00:00:02", ["Cluster__StaleNodeTimeout"] = "00:00:06" };
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var a = AppProcess.Start(5101, url, Schema, settings);
        AppProcess? b = null;
        try
        {
            var investor = await a.TokenFor(http, "investor-a", TimeSpan.FromMinutes(2)); // node A has created the schema
            b = AppProcess.Start(5102, url, Schema, settings);
            await b.TokenFor(http, "investor-a", TimeSpan.FromMinutes(2));
            var officer = await b.TokenFor(http, "officer-1", TimeSpan.FromSeconds(10));
            var problems = new List<string>();

            var ids = new List<Guid>();
            foreach (var node in new[] { a, b })
                for (var i = 0; i < 10; i++)
                    ids.Add(await NotificationRequests.Send(http, node.BaseAddress, investor, Guid.NewGuid().ToString("N"))
                            ?? throw new InvalidOperationException($"A filing through {node.BaseAddress} was not acknowledged"));
            foreach (var node in new[] { a, b })
            {
                var queue = await Get(http, new Uri(node.BaseAddress, "/api/notifications?pageSize=100"), officer);
                var listed = queue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToHashSet();
                if (queue.GetProperty("total").GetInt64() != ids.Count || !ids.All(listed.Contains))
                    problems.Add($"the queue read through {node.BaseAddress} lists {listed.Count} of the {ids.Count} filings");
            }

            // Each async projection runs on exactly one node.
            string[] onA = [], onB = [];
            var assigned = await Until(TimeSpan.FromSeconds(90), async () =>
            {
                (onA, onB) = (await AgentsOf(http, a, officer), await AgentsOf(http, b, officer));
                return onA.Concat(onB).Any() && !onA.Intersect(onB).Any();
            });
            if (!assigned) return Report(problems.Append("the async projections were never assigned to exactly one node each").ToList());
            Console.WriteLine($"  node A runs [{string.Join(", ", onA)}]; node B runs [{string.Join(", ", onB)}]");

            // Kill the node running them: the survivor takes them over and keeps them current.
            var (victim, survivor, moved) = onA.Length > 0 ? (a, b, onA) : (b, a, onB);
            victim.Kill();
            var clock = Stopwatch.StartNew();
            var taken = await Until(TimeSpan.FromSeconds(120), async () => moved.All((await AgentsOf(http, survivor, officer)).Contains));
            if (!taken) problems.Add($"after the node running {string.Join(", ", moved)} was killed, the other did not take them over");
            else Console.WriteLine($"  the survivor took over [{string.Join(", ", moved)}] {clock.Elapsed.TotalSeconds:N0} s after the kill");
            if (await NotificationRequests.Send(http, survivor.BaseAddress, investor, Guid.NewGuid().ToString("N")) is null)
                problems.Add("the surviving node did not acknowledge a filing");
            var current = await Until(TimeSpan.FromSeconds(60), async () =>
                await DriverDatabase.Scalar(url, $"select count(*) from {Schema}.mt_event_progression where name like '%:All' and last_seq_id < (select max(seq_id) from {Schema}.mt_events)") == 0);
            if (!current) problems.Add("the moved projections did not catch up with new events");
            return Report(problems);
        }
        finally
        {
            await a.DisposeAsync();
            if (b is not null) await b.DisposeAsync();
            await DriverDatabase.Sql(url, $"drop schema if exists {Schema} cascade");
        }
    }

    private static int Report(List<string> problems)
    {
        Console.WriteLine(problems.Count == 0
            ? "two nodes: each projection on exactly one node, moved on a kill and kept current; one consistent queue through both"
            : $"two nodes FAILED: {string.Join("; ", problems)}");
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>The projection agents a node runs, from its readiness report as the agency reads it (empty if it does not answer).</summary>
    private static async Task<string[]> AgentsOf(HttpClient http, AppProcess node, string token)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(node.BaseAddress, "/health/ready"));
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return report.GetProperty("node").GetProperty("agents").EnumerateArray().Select(x => x.GetString()!).Where(x => x.StartsWith(Projections)).ToArray();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException) { return []; }
    }

    private static async Task<bool> Until(TimeSpan patience, Func<Task<bool>> probe)
    {
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await probe()) return true;
            await Task.Delay(500);
        }
        return false;
    }

    private static async Task<JsonElement> Get(HttpClient http, Uri uri, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
