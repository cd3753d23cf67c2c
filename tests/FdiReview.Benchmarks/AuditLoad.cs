using System.Diagnostics;
using System.Text;
using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using FdiReview.Web.Audit;
using FdiReview.Web.Infrastructure;
using FdiReview.Web.Review;
using FdiReview.Web.Screening;
using FdiReview.Web.Seeding;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Weasel.Core;

namespace FdiReview.Benchmarks;

/// <summary>
/// Load driver (not a test) for the audit side, on a store of at least N events (default 1,000,000):
/// the rate of rebuilding every projection beside a raw scan-and-deserialize of the events table, and the
/// p50/p95 of the case as of a moment on a 1,000-event stream beside a raw select of that stream's events.
/// The store is the demo seed, run through the app's own commands, cloned under fresh ids until it is large.
/// </summary>
public static class AuditLoad
{
    private const string Schema = "bench_audit";
    private const int LongStream = 1_000;

    public static async Task<int> Run(string[] args)
    {
        var target = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 1_000_000;
        var url = Environment.GetEnvironmentVariable("FDI_DATABASE_URL") ?? "postgres://postgres:fdireview@127.0.0.1:54329/fdireview";

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration["FDI_DATABASE_URL"] = url;
        builder.Configuration["FdiReview:Schema"] = Schema;
        builder.Configuration["FdiReview:SeedDemoData"] = "true";
        builder.Configuration["Audit:SealInterval"] = "00:00:00";
        builder.Configuration["Audit:Directory"] = Path.Combine(Path.GetTempPath(), "fdireview-bench-audit");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddFdiEventStore();
        builder.AddScreening();
        builder.AddReview();
        builder.AddAudit();
        builder.AddDemoSeed();
        await using var app = builder.Build();
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await store.Advanced.Clean.CompletelyRemoveAllAsync();

        Console.WriteLine($"Seeding the demo cases through the app's commands into schema {Schema} ...");
        await app.StartAsync();
        await app.StopAsync(); // the daemon stops too: nothing else works the store while it is measured
        var templates = await Templates(store);
        var perRound = templates.Sum(t => t.Events.Count);

        var seeding = Stopwatch.StartNew();
        var longId = await SeedLongStream(store, templates);
        var rounds = (int)Math.Ceiling((target - LongStream - perRound) / (double)perRound);
        Console.WriteLine($"Cloning {templates.Count} streams ({perRound} events) {rounds:N0} times ...");
        await SeedClones(store, templates, rounds, url);
        var total = (await store.Advanced.FetchEventStoreStatistics()).EventCount;
        Console.WriteLine($"Seeded {total:N0} events in {seeding.Elapsed.TotalSeconds:N0} s");

        var rebuild = Stopwatch.StartNew();
        await new RebuildProjections(store, Console.Out).RunAsync(null);
        var rebuildRate = total / rebuild.Elapsed.TotalSeconds;

        var scan = Stopwatch.StartNew();
        await RawScan(store);
        var scanRate = total / scan.Elapsed.TotalSeconds;

        var (asOf, raw) = await AsOfLatencies(store, longId, url);

        Console.WriteLine();
        Console.WriteLine($"events in store:                         {total:N0}");
        Console.WriteLine($"rebuild of all {RebuildProjections.Names(store).Count} projections:           {rebuildRate:N0} events/s ({rebuild.Elapsed.TotalSeconds:N0} s)");
        Console.WriteLine($"raw scan + deserialize of mt_events:     {scanRate:N0} events/s ({scan.Elapsed.TotalSeconds:N0} s)");
        Console.WriteLine($"ratio rebuild / raw scan:                {rebuildRate / scanRate:N2}");
        Console.WriteLine($"as-of on a {LongStream:N0}-event stream:            p50 {P(asOf, 0.5):N1} ms, p95 {P(asOf, 0.95):N1} ms");
        Console.WriteLine($"raw select of that stream's events:      p50 {P(raw, 0.5):N1} ms, p95 {P(raw, 0.95):N1} ms");
        Console.WriteLine($"ratio as-of / raw select:                p50 {P(asOf, 0.5) / P(raw, 0.5):N2}, p95 {P(asOf, 0.95) / P(raw, 0.95):N2}");
        return 0;
    }

    private sealed record Template(Guid StreamId, List<(Type Type, string Json)> Events);

    /// <summary>Every stream the demo seed wrote (notifications and agreements), as JSON to clone from.</summary>
    private static async Task<List<Template>> Templates(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        var events = await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync();
        var serializer = store.Options.Serializer();
        return events.GroupBy(e => e.StreamId)
            .Select(g => new Template(g.Key, g.Select(e => (e.Data.GetType(), serializer.ToJson(e.Data))).ToList())).ToList();
    }

    /// <summary>One notification of 1,000 events: a filed case, then documents attached and priority reassessed in turn.</summary>
    private static async Task<Guid> SeedLongStream(IDocumentStore store, List<Template> templates)
    {
        var filed = templates.First(t => t.Events[0].Type == typeof(NotificationFiled));
        var id = Guid.CreateVersion7();
        var events = Clone(store, filed, new Dictionary<string, string> { [filed.StreamId.ToString()] = id.ToString() });
        var by = new Actor("investor-a", "Li Wei", Roles.Investor);
        for (var i = events.Count; i < LongStream; i++)
            events.Add(i % 2 == 0
                ? new DocumentAttached(id, new CaseDocument(Guid.NewGuid(), $"exhibit-{i}.pdf", "application/pdf", 40_000 + i, new string('a', 64), false,
                    null, by.UserId, by.Name, DateTimeOffset.UtcNow), by, DateTimeOffset.UtcNow)
                : new PriorityAssessed(id, new Priority(10 + i % 50, PriorityBand.Medium, []), "benchmark", DateTimeOffset.UtcNow));
        await using var session = store.LightweightSession();
        session.Events.StartStream<Notification>(id, events);
        await session.SaveChangesAsync();
        return id;
    }

    /// <summary>Appends the templates again and again under fresh ids, bypassing the projections (the rebuild builds them).</summary>
    private static async Task SeedClones(IDocumentStore appStore, List<Template> templates, int rounds, string url)
    {
        await using var raw = DocumentStore.For(opts =>
        {
            opts.Connection(DatabaseSettings.FromUrl(url));
            opts.DatabaseSchemaName = Schema;
            opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            opts.Events.MetadataConfig.EnableAll(); // as the app's store, so the append function matches
            opts.Events.MetadataConfig.UserNameEnabled = true;
            opts.AutoCreateSchemaObjects = AutoCreate.None;
        });
        var session = raw.LightweightSession();
        var pending = 0;
        for (var round = 0; round < rounds; round++)
        {
            var ids = templates.ToDictionary(t => t.StreamId.ToString(), _ => Guid.CreateVersion7().ToString());
            foreach (var template in templates)
            {
                var events = Clone(appStore, template, ids);
                session.Events.StartStream(Guid.Parse(ids[template.StreamId.ToString()]), events);
                pending += events.Count;
            }
            if (pending >= 5_000 || round == rounds - 1)
            {
                await session.SaveChangesAsync();
                await session.DisposeAsync();
                session = raw.LightweightSession();
                pending = 0;
                if (round % 500 == 0) Console.WriteLine($"  {round:N0} / {rounds:N0} rounds");
            }
        }
        await session.DisposeAsync();
    }

    private static List<object> Clone(IDocumentStore store, Template template, Dictionary<string, string> ids)
    {
        var serializer = store.Options.Serializer();
        return template.Events.Select(e =>
        {
            var json = new StringBuilder(e.Json);
            foreach (var (from, to) in ids) json.Replace(from, to);
            return serializer.FromJson(e.Type, new MemoryStream(Encoding.UTF8.GetBytes(json.ToString())));
        }).ToList();
    }

    private static async Task RawScan(IDocumentStore store)
    {
        var serializer = store.Options.Serializer();
        var types = new Dictionary<string, Type>();
        await using var connection = store.Options.Tenancy.Default.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select mt_dotnet_type, data from {Schema}.mt_events order by seq_id", connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var name = reader.GetString(0);
            if (!types.TryGetValue(name, out var type)) types[name] = type = Type.GetType(name, throwOnError: true)!;
            _ = serializer.FromJson(type, reader.GetStream(1));
        }
    }

    private static async Task<(List<double> AsOf, List<double> Raw)> AsOfLatencies(IDocumentStore store, Guid id, string url)
    {
        var auditor = new Actor("auditor-1", "Daniel Reyes", Roles.Auditor);
        var random = new Random(7);
        await using var connection = new NpgsqlConnection(DatabaseSettings.FromUrl(url));
        await connection.OpenAsync();

        async Task<double> AsOf(int version)
        {
            var watch = Stopwatch.StartNew();
            await using var session = store.QuerySession();
            var events = await session.Events.FetchStreamAsync(id, version: version);
            await CaseAsOfEndpoint.At(session, id, events[^1], auditor);
            return watch.Elapsed.TotalMilliseconds;
        }

        async Task<double> Raw(int version)
        {
            var watch = Stopwatch.StartNew();
            await using var command = new NpgsqlCommand($"select data from {Schema}.mt_events where stream_id = @id and version <= @v order by version", connection);
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("v", (long)version);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) _ = reader.GetString(0);
            return watch.Elapsed.TotalMilliseconds;
        }

        for (var i = 0; i < 10; i++) { await AsOf(LongStream); await Raw(LongStream); }
        var (asOf, raw) = (new List<double>(), new List<double>());
        for (var i = 0; i < 200; i++)
        {
            var version = random.Next(1, LongStream + 1);
            asOf.Add(await AsOf(version));
            raw.Add(await Raw(version));
        }
        return (asOf, raw);
    }

    private static double P(List<double> values, double p) =>
        values.Order().ElementAt(Math.Clamp((int)Math.Ceiling(p * values.Count) - 1, 0, values.Count - 1));
}
