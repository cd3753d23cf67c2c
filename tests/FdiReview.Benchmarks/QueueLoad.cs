using System.Diagnostics;
using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using FdiReview.Web.Infrastructure;
using FdiReview.Web.Queue;
using JasperFx;
using Marten;
using Npgsql;
using Weasel.Core;

namespace FdiReview.Benchmarks;

/// <summary>
/// Load driver (not a test): seeds N queue rows — a decade of cases — into a schema of its own, then times
/// the officers' default queue page (band, then deadline) through <see cref="QueueQuery"/> beside the
/// equivalent raw SQL, and prints p50/p95 of each and their ratio.
/// </summary>
public static class QueueLoad
{
    public static async Task<int> Run(string[] args)
    {
        var cases = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 100_000;
        var url = Environment.GetEnvironmentVariable("FDI_DATABASE_URL") ?? "postgres://postgres:fdireview@127.0.0.1:54329/fdireview";
        var schema = "bench_queue";
        await using var store = DocumentStore.For(opts =>
        {
            opts.Connection(DatabaseSettings.FromUrl(url));
            opts.DatabaseSchemaName = schema;
            opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            opts.AutoCreateSchemaObjects = AutoCreate.All;
            QueueIndexes.Configure(opts);
        });

        Console.WriteLine($"Seeding {cases:N0} queue rows into schema {schema} ...");
        await store.Advanced.Clean.DeleteAllDocumentsAsync();
        var random = new Random(42);
        var start = new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var rows = Enumerable.Range(0, cases).Select(i =>
        {
            var filedAt = start.AddMinutes(random.Next(0, 10 * 365 * 24 * 60));
            var open = random.Next(10) == 0;
            var band = (PriorityBand)random.Next(3);
            return new NotificationSummary
            {
                Id = Guid.CreateVersion7(filedAt), Reference = $"FDI-{filedAt:yyyy}-{i:X6}", Regime = random.Next(2) == 0 ? Regime.Firrma : Regime.Fefta,
                Status = open ? NotificationStatus.UnderReview : NotificationStatus.Closed, InvestorName = $"Investor {i % 5000}",
                TargetName = $"Target {i}", Organization = $"org-{i % 700}", Participants = [$"user-{i % 900}"], FiledAt = filedAt, LastChangedAt = filedAt,
                PriorityBand = band, BandRank = (int)band, PriorityScore = random.Next(100),
                ClockDueAt = open ? filedAt.AddDays(45) : null, ClockDue = open ? DateOnly.FromDateTime(filedAt.AddDays(45).UtcDateTime) : null,
            };
        }).ToList();
        var seeding = Stopwatch.StartNew();
        await store.BulkInsertAsync(rows, BulkInsertMode.OverwriteExisting, batchSize: 5000);
        Console.WriteLine($"Seeded in {seeding.Elapsed.TotalSeconds:N1} s");

        var officer = new Actor("officer-1", "Kenji Sato", Roles.Officer);
        const string sql = """
            select data from bench_queue.mt_doc_notificationsummary
            where status not in ('Closed', 'Withdrawn')
            order by band_rank desc, clock_due_at asc, (data->>'priorityScore')::int desc, filed_at asc
            limit 25
            """;
        await using var connection = new NpgsqlConnection(DatabaseSettings.FromUrl(url));
        await connection.OpenAsync();

        async Task<double> QueueApi()
        {
            var watch = Stopwatch.StartNew();
            await using var session = store.QuerySession();
            await new QueueQuery(PageSize: 25) { OpenOnly = true }.Run(session, officer);
            return watch.Elapsed.TotalMilliseconds;
        }

        async Task<double> RawSql()
        {
            var watch = Stopwatch.StartNew();
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) _ = reader.GetString(0);
            return watch.Elapsed.TotalMilliseconds;
        }

        for (var i = 0; i < 5; i++) { await QueueApi(); await RawSql(); }
        var api = new List<double>();
        var raw = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            api.Add(await QueueApi());
            raw.Add(await RawSql());
        }
        static double P(List<double> values, double p) => values.Order().ElementAt(Math.Clamp((int)Math.Ceiling(p * values.Count) - 1, 0, values.Count - 1));
        Console.WriteLine($"queue page (25 rows of {cases:N0}): p50 {P(api, 0.5):N1} ms, p95 {P(api, 0.95):N1} ms");
        Console.WriteLine($"raw SQL, same page:              p50 {P(raw, 0.5):N1} ms, p95 {P(raw, 0.95):N1} ms");
        Console.WriteLine($"ratio queue / raw SQL:           p50 {P(api, 0.5) / P(raw, 0.5):N2}, p95 {P(api, 0.95) / P(raw, 0.95):N2}");
        return 0;
    }
}
