using System.Security.Cryptography;
using Marten;
using Npgsql;

namespace FdiReview.Web.Audit;

/// <summary>Where the chain first stops proving the record: the sequence number, and the event's stream and version where known.</summary>
public sealed record BrokenLink(long Sequence, Guid? StreamId, long? Version, string Problem);

/// <remarks>
/// After a restore (<c>verify --after-restore</c>), signed checkpoints beyond the restored point are expected: they are
/// listed in <see cref="BeyondRestoredPoint"/> — the events they sealed are what the restore lost — not reported as a
/// removed tail.
/// </remarks>
public sealed record VerificationReport(
    bool Intact, long EventsChecked, long SealedThrough, long AwaitingSeal, int CheckpointsChecked, Checkpoint? LatestCheckpoint,
    BrokenLink? FirstBroken, IReadOnlyList<Checkpoint>? BeyondRestoredPoint = null)
{
    public string Describe() => Intact
        ? $"Chain intact: {EventsChecked:N0} events sealed through sequence {SealedThrough}" +
          (LatestCheckpoint is { } c ? $", latest signed checkpoint at sequence {c.Sequence} ({c.At})" : ", no checkpoint yet") +
          (AwaitingSeal > 0 ? $"; {AwaitingSeal:N0} newer events await sealing" : "") +
          (BeyondRestoredPoint is { Count: > 0 } beyond
              ? $".\n{beyond.Count} signed checkpoint(s) lie beyond the restored point (sequence {SealedThrough}): " +
                string.Join(", ", beyond.Select(b => $"sequence {b.Sequence} (stream {b.StreamId}, version {b.Version}, signed {b.At})")) +
                $". The events from sequence {SealedThrough + 1} to {beyond.Max(b => b.Sequence)} were recorded and sealed but are not in this database."
              : BeyondRestoredPoint is not null ? ".\nNo signed checkpoint lies beyond the restored point." : "")
        : $"Chain BROKEN at sequence {FirstBroken!.Sequence}" +
          (FirstBroken.StreamId is { } s ? $" (stream {s}, version {FirstBroken.Version})" : "") + $": {FirstBroken.Problem}";
}

/// <summary>
/// Recomputes the chain from the events as they are stored now and compares it with the sealed links and
/// with every signed checkpoint in the file outside the database.
/// </summary>
public sealed class ChainVerification(IDocumentStore store, AuditSettings settings, Checkpoints checkpoints)
{
    public async Task<VerificationReport> RunAsync(CancellationToken cancellation = default, bool afterRestore = false)
    {
        var all = checkpoints.All();
        long restoredHead = 0;
        if (afterRestore)
        {
            await using var probe = store.Storage.Database.CreateConnection();
            await probe.OpenAsync(cancellation);
            await using var headCommand = new NpgsqlCommand($"select coalesce(max(seq_id), 0) from {settings.ChainTable}", probe);
            restoredHead = Convert.ToInt64(await headCommand.ExecuteScalarAsync(cancellation));
        }
        var beyond = afterRestore ? all.Where(c => c.Sequence > restoredHead).OrderBy(c => c.Sequence).ToList() : null;
        var signed = afterRestore ? all.Where(c => c.Sequence <= restoredHead).ToList() : all;
        var publicKey = File.Exists(settings.PublicKeyFile) ? Checkpoints.PublicKeyFrom(await File.ReadAllTextAsync(settings.PublicKeyFile, cancellation)) : null;
        var atCheckpoints = signed.Select(c => c.Sequence).ToHashSet();
        var linksAtCheckpoints = new Dictionary<long, byte[]>();

        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        long head;
        await using (var headCommand = new NpgsqlCommand($"select coalesce(max(seq_id), 0) from {settings.ChainTable}", connection))
            head = Convert.ToInt64(await headCommand.ExecuteScalarAsync(cancellation));

        await using var command = new NpgsqlCommand(
            $"select c.seq_id, c.stream_id, c.version, c.link, {ChainRows.Columns("e")} " +
            $"from {settings.EventsTable} e full join {settings.ChainTable} c on c.seq_id = e.seq_id " +
            "order by coalesce(c.seq_id, e.seq_id)", connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(cancellation);

        var previous = ChainLink.Genesis;
        long checkedCount = 0, awaiting = 0;
        BrokenLink? broken = null;
        while (broken is null && await reader.ReadAsync(cancellation))
        {
            var sealedRow = !reader.IsDBNull(0);
            var eventRow = !reader.IsDBNull(4);
            if (!sealedRow)
            {
                var content = ChainRows.Content(reader, 4);
                if (content.Sequence > head) { awaiting++; continue; }
                broken = new BrokenLink(content.Sequence, content.StreamId, content.Version,
                    "this event is not in the chain although later ones are: it was inserted after sealing");
                break;
            }
            var sequence = reader.GetInt64(0);
            var stream = reader.GetGuid(1);
            var version = reader.GetInt64(2);
            var link = (byte[])reader[3];
            if (!eventRow)
            {
                broken = new BrokenLink(sequence, stream, version, "the sealed event is missing from the events table: it was deleted");
                break;
            }
            var stored = ChainRows.Content(reader, 4);
            var expected = ChainLink.Next(previous, ChainLink.Digest(stored));
            if (!CryptographicOperations.FixedTimeEquals(expected, link))
            {
                broken = new BrokenLink(sequence, stored.StreamId, stored.Version,
                    stored.StreamId != stream || stored.Version != version
                        ? $"the event stored at this sequence number is not the one sealed there (stream {stream}, version {version}): events were moved"
                        : "the event no longer matches its seal: its content was changed, or an event before it was removed");
                break;
            }
            if (atCheckpoints.Contains(sequence)) linksAtCheckpoints[sequence] = link;
            previous = link;
            checkedCount++;
        }

        broken ??= CheckCheckpoints(signed, publicKey, linksAtCheckpoints, head);
        return new VerificationReport(broken is null, checkedCount, head, awaiting, signed.Count, signed.LastOrDefault(), broken, beyond);
    }

    /// <summary>The signed checkpoints outside the database catch what the chain alone cannot: a consistently rewritten or cut-off tail.</summary>
    private static BrokenLink? CheckCheckpoints(IReadOnlyList<Checkpoint> signed, System.Security.Cryptography.ECDsa? publicKey,
        Dictionary<long, byte[]> links, long head)
    {
        foreach (var checkpoint in signed.OrderBy(c => c.Sequence))
        {
            if (publicKey is null || !checkpoint.IsSignedBy(publicKey))
                return new BrokenLink(checkpoint.Sequence, checkpoint.StreamId, checkpoint.Version,
                    $"the checkpoint of {checkpoint.At} does not carry a valid signature of the checkpoint key");
            if (checkpoint.Sequence > head)
                return new BrokenLink(checkpoint.Sequence, checkpoint.StreamId, checkpoint.Version,
                    $"the chain ends at sequence {head}, but the checkpoint signed {checkpoint.At} sealed this event: the tail was removed");
            if (!links.TryGetValue(checkpoint.Sequence, out var link) || ChainLink.Hex(link) != checkpoint.Link)
                return new BrokenLink(checkpoint.Sequence, checkpoint.StreamId, checkpoint.Version,
                    $"the chain's link here differs from the checkpoint signed {checkpoint.At}: the chain was rewritten");
        }
        return null;
    }
}
