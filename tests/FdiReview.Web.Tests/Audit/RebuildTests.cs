using System.Text.Json.Nodes;
using Alba;
using FdiReview.Web.Audit;
using FdiReview.Web.Seeding;
using FdiReview.Web.Tests.Review;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace FdiReview.Web.Tests.Audit;

/// <summary>Read models are derived: rebuilt from the events, every projection equals what the live system built.</summary>
public class RebuildTests(AppFixture app) : CaseApiTest(app)
{
    [Fact]
    public async Task Rebuilding_every_projection_over_the_seeded_store_reproduces_the_live_read_models()
    {
        await ActivatorUtilities.CreateInstance<DemoSeed>(Host.Services).StartAsync(CancellationToken.None);
        var sealedThrough = await Quiescent();
        var tables = await ReadModelTables();
        tables.Count.ShouldBeGreaterThanOrEqualTo(4);
        var live = await Snapshot(tables);
        live.Values.ShouldAllBe(rows => rows.Count > 0);

        var output = new StringWriter();
        // The host's own daemon does the rebuild, so no second agent works the async projection meanwhile.
        var daemon = Host.Services.GetRequiredService<Marten.Events.Daemon.Coordination.IProjectionCoordinator>().DaemonForMainDatabase();
        (await new RebuildProjections(Store, output).RunAsync(null, daemon)).ShouldBeTrue(output.ToString());

        var rebuilt = await Snapshot(tables);
        (await HighestSequence()).ShouldBe(sealedThrough, "no event may arrive while the live and rebuilt models are compared");
        foreach (var table in tables)
        {
            var differing = live[table].Where(kv => !rebuilt[table].TryGetValue(kv.Key, out var again) || again != kv.Value)
                .Select(kv => $"{kv.Key}: {Difference(kv.Value, rebuilt[table].GetValueOrDefault(kv.Key))}").ToList();
            differing.ShouldBeEmpty($"{table} differs after the rebuild");
            rebuilt[table].Count.ShouldBe(live[table].Count, $"{table} has other documents after the rebuild");
        }
        output.ToString().ShouldContain("events/s");
        output.ToString().ShouldMatch(@"\d[\d,]* / \d[\d,]* events \(100%\)");
    }

    [Fact]
    public async Task An_unknown_projection_is_named_with_the_ones_that_exist()
    {
        var output = new StringWriter();
        (await new RebuildProjections(Store, output).RunAsync("Nonsense")).ShouldBeFalse();
        output.ToString().ShouldContain("No projection is named 'Nonsense'");
        output.ToString().ShouldContain("NotificationSummary");
    }

    private static string Difference(string live, string? rebuilt)
    {
        if (rebuilt is null) return "missing after the rebuild";
        var (a, b) = (JsonNode.Parse(live)!.AsObject(), JsonNode.Parse(rebuilt)!.AsObject());
        return string.Join("; ", a.Select(p => p.Key).Union(b.Select(p => p.Key))
            .Where(k => a[k]?.ToJsonString() != b[k]?.ToJsonString())
            .Select(k => $"{k}: {a[k]?.ToJsonString()} -> {b[k]?.ToJsonString()}"));
    }

    /// <summary>
    /// The seeded cases' deadlines that are already past fire as durable messages moments after seeding and
    /// append clock events: wait until the store has stopped moving before reading the live models.
    /// </summary>
    private async Task<long> Quiescent()
    {
        long last = -1, now;
        while ((now = await HighestSequence()) != last || await DueMessages() > 0)
        {
            last = now;
            await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        return now;
    }

    /// <summary>Deadline messages that are due (or received) and not yet handled.</summary>
    private async Task<long> DueMessages()
    {
        await using var connection = new NpgsqlConnection(Web.Infrastructure.DatabaseSettings.FromUrl(AppFixture.DatabaseUrl));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select count(*) from {App.Schema}.wolverine_incoming_envelopes where status = 'Incoming' or (status = 'Scheduled' and execution_time <= now())", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> HighestSequence() => (await Store.Advanced.FetchEventStoreStatistics()).EventSequenceNumber;

    private async Task<List<string>> ReadModelTables()
    {
        await using var connection = new NpgsqlConnection(Web.Infrastructure.DatabaseSettings.FromUrl(AppFixture.DatabaseUrl));
        await connection.OpenAsync();
        var names = RebuildProjections.Names(Store).Select(n => $"mt_doc_{n.ToLowerInvariant()}").ToList();
        await using var command = new NpgsqlCommand(
            "select table_name from information_schema.tables where table_schema = @schema and table_name = any(@names) order by 1", connection);
        command.Parameters.AddWithValue("schema", App.Schema);
        command.Parameters.AddWithValue("names", names.ToArray());
        var found = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) found.Add(reader.GetString(0));
        return found;
    }

    /// <summary>Each document's JSON, keyed by id; Marten's own bookkeeping columns (modified time, version) are left out.</summary>
    private async Task<Dictionary<string, Dictionary<string, string>>> Snapshot(IEnumerable<string> tables)
    {
        await using var connection = new NpgsqlConnection(Web.Infrastructure.DatabaseSettings.FromUrl(AppFixture.DatabaseUrl));
        await connection.OpenAsync();
        var result = new Dictionary<string, Dictionary<string, string>>();
        foreach (var table in tables)
        {
            var rows = new Dictionary<string, string>();
            await using var command = new NpgsqlCommand($"select id::text, data::text from {App.Schema}.{table}", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows[reader.GetString(0)] = JsonNode.Parse(reader.GetString(1))!.ToJsonString();
            result[table] = rows;
        }
        return result;
    }
}
