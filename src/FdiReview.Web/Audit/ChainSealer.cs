using Marten;
using Npgsql;
using NpgsqlTypes;

namespace FdiReview.Web.Audit;

/// <summary>
/// Seals committed events into the hash chain in sequence order. It seals only up to the event store's
/// high-water mark — the point below which the projection daemon has found no gap a transaction still in
/// flight could fill — so an event that commits late can never land behind a link already written. One
/// sealer runs at a time across all nodes (a transaction-scoped advisory lock).
/// </summary>
public sealed class ChainSealer(IDocumentStore store, AuditSettings settings, Checkpoints checkpoints, TimeProvider time,
    ILogger<ChainSealer> logger) : BackgroundService
{
    private const int Batch = 5_000;
    private DateTimeOffset _lastCheckpoint = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.SealInterval <= TimeSpan.Zero) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SealPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database restarting, a network blip: the chain waits and the next pass carries on.
                logger.LogError(e, "Sealing the audit chain failed; the next pass retries");
            }
            try
            {
                await Task.Delay(settings.SealInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Seals everything below the high-water mark; writes a checkpoint if one is due. Returns the events sealed.</summary>
    public async Task<long> SealPendingAsync(CancellationToken cancellation = default)
    {
        long sealedNow = 0;
        int batch;
        do
        {
            batch = await SealBatchAsync(cancellation);
            sealedNow += batch;
        } while (batch == Batch);

        if (sealedNow > 0 && time.GetUtcNow() - _lastCheckpoint >= settings.CheckpointInterval)
            await WriteCheckpointAsync(cancellation);
        return sealedNow;
    }

    /// <summary>Signs the current head of the chain into the checkpoint file (none while the chain is empty).</summary>
    public async Task<Checkpoint?> WriteCheckpointAsync(CancellationToken cancellation = default)
    {
        await using var connection = await Open(cancellation);
        await using var head = new NpgsqlCommand(
            $"select seq_id, stream_id, version, link from {settings.ChainTable} order by seq_id desc limit 1", connection);
        await using var reader = await head.ExecuteReaderAsync(cancellation);
        if (!await reader.ReadAsync(cancellation)) return null;
        var now = time.GetUtcNow();
        _lastCheckpoint = now;
        return checkpoints.Write(reader.GetInt64(0), reader.GetGuid(1), reader.GetInt64(2), (byte[])reader[3], now);
    }

    private async Task<int> SealBatchAsync(CancellationToken cancellation)
    {
        await using var connection = await Open(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await using (var lockCommand = new NpgsqlCommand("select pg_try_advisory_xact_lock(hashtext(@key))", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", settings.ChainTable);
            if (await lockCommand.ExecuteScalarAsync(cancellation) is not true) return 0; // another node is sealing
        }

        var (headSequence, previous) = await Head(connection, transaction, cancellation);
        var highWater = await HighWaterMark(connection, transaction, cancellation);
        if (highWater <= headSequence) return 0;

        var pending = new List<SealedContent>(Batch);
        await using (var read = new NpgsqlCommand(
            $"select {ChainRows.Columns()} from {settings.EventsTable} " +
            "where seq_id > @head and seq_id <= @high order by seq_id limit @batch", connection, transaction))
        {
            read.Parameters.AddWithValue("head", headSequence);
            read.Parameters.AddWithValue("high", highWater);
            read.Parameters.AddWithValue("batch", Batch);
            await using var reader = await read.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation)) pending.Add(ChainRows.Content(reader));
        }
        if (pending.Count == 0) return 0;

        await using (var import = await connection.BeginBinaryImportAsync(
            $"copy {settings.ChainTable} (seq_id, stream_id, version, digest, link) from stdin (format binary)", cancellation))
        {
            foreach (var content in pending)
            {
                var digest = ChainLink.Digest(content);
                previous = ChainLink.Next(previous, digest);
                await import.StartRowAsync(cancellation);
                await import.WriteAsync(content.Sequence, NpgsqlDbType.Bigint, cancellation);
                await import.WriteAsync(content.StreamId, NpgsqlDbType.Uuid, cancellation);
                await import.WriteAsync(content.Version, NpgsqlDbType.Bigint, cancellation);
                await import.WriteAsync(digest, NpgsqlDbType.Bytea, cancellation);
                await import.WriteAsync(previous, NpgsqlDbType.Bytea, cancellation);
            }
            await import.CompleteAsync(cancellation);
        }
        await transaction.CommitAsync(cancellation);
        return pending.Count;
    }

    private async Task<NpgsqlConnection> Open(CancellationToken cancellation)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        return connection;
    }

    private async Task<(long Sequence, byte[] Link)> Head(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"select seq_id, link from {settings.ChainTable} order by seq_id desc limit 1", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        return await reader.ReadAsync(cancellation) ? (reader.GetInt64(0), (byte[])reader[1]) : (0, ChainLink.Genesis);
    }

    private async Task<long> HighWaterMark(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(
            $"select coalesce((select last_seq_id from {settings.Schema}.mt_event_progression where name = 'HighWaterMark'), 0)",
            connection, transaction);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellation));
    }
}

/// <summary>Reads the sealed columns of mt_events in the order the chain's queries select them.</summary>
internal static class ChainRows
{
    /// <summary>The columns in reading order, optionally qualified by a table alias.</summary>
    public static string Columns(string? alias = null)
    {
        var prefix = alias is null ? "" : alias + ".";
        return $"{prefix}seq_id, {prefix}stream_id, {prefix}version, {prefix}type, {prefix}timestamp, {prefix}user_name, {prefix}data::text";
    }

    public static SealedContent Content(NpgsqlDataReader reader, int offset = 0) => new(
        reader.GetInt64(offset),
        reader.IsDBNull(offset + 1) ? Guid.Empty : reader.GetGuid(offset + 1),
        reader.GetInt64(offset + 2),
        reader.GetString(offset + 3),
        SealedContent.CanonicalTime(reader.GetDateTime(offset + 4)),
        reader.IsDBNull(offset + 5) ? null : reader.GetString(offset + 5),
        reader.GetString(offset + 6));
}
