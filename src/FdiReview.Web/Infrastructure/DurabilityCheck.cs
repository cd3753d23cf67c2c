using Marten;
using Npgsql;

namespace FdiReview.Web.Infrastructure;

/// <summary>
/// An acknowledged filing must survive a crash: at start the app reads PostgreSQL's durability settings and,
/// outside Development, refuses to run when any is off (fsync, synchronous_commit, full_page_writes).
/// </summary>
public sealed class DurabilityCheck(IDocumentStore store, IHostEnvironment environment, ILogger<DurabilityCheck> logger) : IHostedService
{
    public static readonly string[] Settings = ["fsync", "synchronous_commit", "full_page_writes"];

    /// <summary>The settings that would let PostgreSQL lose committed work.</summary>
    public static IReadOnlyList<string> Unsafe(IReadOnlyDictionary<string, string> values) =>
        Settings.Where(s => !values.TryGetValue(s, out var v) || v == "off")
            .Select(s => $"{s} = {values.GetValueOrDefault(s, "unknown")}").ToList();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>();
        await using (var connection = store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select name, setting from pg_settings where name = any(@names)", connection);
            command.Parameters.AddWithValue("names", Settings);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) values[reader.GetString(0)] = reader.GetString(1);
        }
        var problems = Unsafe(values);
        if (problems.Count == 0) return;
        var message = $"PostgreSQL may lose acknowledged work: {string.Join(", ", problems)}. Turn these on in postgresql.conf.";
        if (!environment.IsDevelopment()) throw new InvalidOperationException(message);
        logger.LogWarning("{Message}", message);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
