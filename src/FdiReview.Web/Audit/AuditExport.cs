using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using FdiReview.Domain.Mitigation;
using FdiReview.Web.Intake;
using Marten;
using Npgsql;

namespace FdiReview.Web.Audit;

/// <summary>What an audit package covers: one case (its notification, agreements and access log) or a time range.</summary>
public sealed record ExportScope(Guid? NotificationId, DateTimeOffset? From, DateTimeOffset? To)
{
    public string Describe() => NotificationId is { } id ? $"case {id}" : $"events from {From:O} to {To:O}";
    /// <summary>Named after the case's reference (FDI-2026-1A2B3C), as people file it; a period by its dates.</summary>
    public string FileName(string? reference) => NotificationId is { } id
        ? $"audit-{reference ?? $"case-{id}"}.zip"
        : $"audit-{From:yyyyMMddTHHmmss}-{To:yyyyMMddTHHmmss}.zip";
}

/// <summary>An audit package and the name it is saved under.</summary>
public sealed record ExportedPackage(byte[] Bytes, string FileName);

/// <summary>
/// Writes an audit package: the events with their metadata exactly as stored (JSON Lines), the history in
/// plain words (CSV), the chain's digests and links from just before the first event through a fresh signed
/// checkpoint, and the public key. The links cover other cases' events only by digest, so the package proves
/// its events sit unchanged in the whole chain without disclosing anything else.
/// </summary>
public sealed class AuditExport(IDocumentStore store, AuditSettings settings, ChainSealer sealer, Checkpoints checkpoints)
{
    public const string Events = "events.jsonl", History = "history.csv", Chain = "chain.jsonl",
        CheckpointEntry = "checkpoint.json", PublicKey = "checkpoint-public-key.pem", Manifest = "manifest.json",
        HowToVerify = "HOW-TO-VERIFY.txt";

    /// <summary>Returns the package, or null when no sealed event falls in the scope.</summary>
    public async Task<ExportedPackage?> BuildAsync(ExportScope scope, string exportedBy, CancellationToken cancellation = default)
    {
        await sealer.SealPendingAsync(cancellation);
        if (await sealer.WriteCheckpointAsync(cancellation) is not { } checkpoint) return null;

        await using var session = store.QuerySession();
        Guid[] streams = [];
        string? reference = null;
        if (scope.NotificationId is { } id)
        {
            reference = (await session.LoadAsync<Queue.NotificationSummary>(id, cancellation))?.Reference;
            var agreements = await session.Query<MitigationAgreement>().Where(a => a.NotificationId == id).Select(a => a.Id).ToListAsync(cancellation);
            streams = [id, AccessLog.StreamFor(id), .. agreements];
        }

        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        var events = await ReadEvents(connection, scope, streams, checkpoint.Sequence, cancellation);
        if (events.Count == 0) return null;
        var first = events[0].Content.Sequence;

        // The same events through Marten, for the history's plain words: exactly these, not the whole range between.
        var sequences = events.Select(e => e.Content.Sequence).ToArray();
        var bySequence = (await session.Events.QueryAllRawEvents().Where(e => sequences.Contains(e.Sequence)).ToListAsync(cancellation))
            .ToDictionary(e => e.Sequence);

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var (anchorSequence, anchorLink) = await Anchor(connection, first, cancellation);
            await Write(zip, Manifest, JsonSerializer.Serialize(new PackageManifest(
                scope.Describe(), exportedBy, DateTimeOffset.UtcNow, events.Count, anchorSequence, ChainLink.Hex(anchorLink)), Checkpoints.Json) + "\n");
            await Write(zip, Events, string.Concat(events.Select(e => e.JsonLine() + "\n")));
            await Write(zip, History, HistoryCsv(events.Select(e => bySequence.TryGetValue(e.Content.Sequence, out var x) ? CaseHistory.Entry(x) : null)));
            await Write(zip, Chain, await ChainLines(connection, first, checkpoint.Sequence, cancellation));
            await Write(zip, CheckpointEntry, JsonSerializer.Serialize(checkpoint, Checkpoints.Json) + "\n");
            await Write(zip, PublicKey, checkpoints.PublicKeyPem());
            await Write(zip, HowToVerify, Instructions(reference ?? scope.Describe()));
        }
        return new ExportedPackage(buffer.ToArray(), scope.FileName(reference));
    }

    private async Task<List<ExportedEvent>> ReadEvents(NpgsqlConnection connection, ExportScope scope, Guid[] streams, long through, CancellationToken cancellation)
    {
        var where = scope.NotificationId is null ? "timestamp >= @from and timestamp < @to" : "stream_id = any(@streams)";
        await using var command = new NpgsqlCommand(
            $"select {ChainRows.Columns()}, correlation_id, causation_id, headers::text from {settings.EventsTable} " +
            $"where seq_id <= @through and {where} order by seq_id", connection);
        command.Parameters.AddWithValue("through", through);
        command.Parameters.AddWithValue("streams", streams);
        command.Parameters.AddWithValue("from", scope.From ?? DateTimeOffset.MinValue);
        command.Parameters.AddWithValue("to", scope.To ?? DateTimeOffset.MaxValue);
        var events = new List<ExportedEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            events.Add(new ExportedEvent(ChainRows.Content(reader), Text(reader, 7), Text(reader, 8), Text(reader, 9)));
        return events;
    }

    private async Task<(long, byte[])> Anchor(NpgsqlConnection connection, long first, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"select seq_id, link from {settings.ChainTable} where seq_id < @first order by seq_id desc limit 1", connection);
        command.Parameters.AddWithValue("first", first);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        return await reader.ReadAsync(cancellation) ? (reader.GetInt64(0), (byte[])reader[1]) : (0, ChainLink.Genesis);
    }

    private async Task<string> ChainLines(NpgsqlConnection connection, long first, long through, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(
            $"select seq_id, stream_id, version, digest, link from {settings.ChainTable} where seq_id >= @first and seq_id <= @through order by seq_id", connection);
        command.Parameters.AddWithValue("first", first);
        command.Parameters.AddWithValue("through", through);
        var lines = new StringBuilder();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            lines.Append(JsonSerializer.Serialize(new ChainEntry(reader.GetInt64(0), reader.GetGuid(1), reader.GetInt64(2),
                ChainLink.Hex((byte[])reader[3]), ChainLink.Hex((byte[])reader[4])), Checkpoints.Json)).Append('\n');
        return lines.ToString();
    }

    private static string HistoryCsv(IEnumerable<CaseHistoryEntry?> entries)
    {
        var csv = new StringBuilder("sequence,stream_version,at,event,summary,user,actor,role,correlation_id,causation_id\n");
        foreach (var e in entries.OfType<CaseHistoryEntry>())
            csv.AppendJoin(',', new[]
            {
                e.Sequence.ToString(CultureInfo.InvariantCulture), e.Version.ToString(CultureInfo.InvariantCulture),
                e.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), e.EventType, e.Summary, e.UserId, e.ActorName, e.ActorRole,
                e.CorrelationId, e.CausationId,
            }.Select(Field)).Append('\n');
        return csv.ToString();
    }

    private static string Field(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;

    private static string? Text(NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    /// <summary>What the package holds and how anyone can check it without the agency's systems.</summary>
    private static string Instructions(string subject) => $"""
        Audit package: {subject}

        What it holds
        - {Events}: every event of the case as stored, one JSON object a line, with who, when, and why.
        - {History}: the same events as one plain-words line each.
        - {Chain}: the hash chain's digests and links from just before the first event of this package to the
          signed checkpoint; events of other cases appear only as digests.
        - {CheckpointEntry}: the checkpoint, signed with ECDSA P-256; {PublicKey}: the key that checks it.
        - {Manifest}: what was exported, by whom and when, and how many events.

        How to verify
        1. With FdiReview installed: run `verify PACKAGE.zip` (add `--key PUBLIC.pem` to check against the agency's
           published key rather than the one in the package).
        2. By hand: an event's digest is SHA-256 over its stream id, version, type, timestamp (UTC, to the
           microsecond), actor (as a JSON string) and data as stored, joined by line breaks; SHA-256 of the previous
           link's 32 bytes followed by the digest's 32 bytes gives the next link ({Chain} lists both). The last link
           must equal the checkpoint's, and the checkpoint's signature must verify with the public key.
        The package is intact when every link matches and the signature holds. A changed, missing, added or
        reordered event breaks the first link after it.

        """;

    private static async Task Write(ZipArchive zip, string name, string content)
    {
        await using var entry = await zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync();
        await entry.WriteAsync(Encoding.UTF8.GetBytes(content));
    }
}

public sealed record PackageManifest(string Scope, string ExportedBy, DateTimeOffset ExportedAt, int Events, long AnchorSequence, string AnchorLink);

public sealed record ChainEntry(long Sequence, Guid StreamId, long Version, string Digest, string Link);

/// <summary>One event line: the sealed content verbatim (data as the database's JSON text) plus its conversation metadata.</summary>
public sealed record ExportedEvent(SealedContent Content, string? CorrelationId, string? CausationId, string? Headers)
{
    public string JsonLine()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("sequence", Content.Sequence);
            json.WriteString("streamId", Content.StreamId);
            json.WriteNumber("version", Content.Version);
            json.WriteString("type", Content.Type);
            json.WriteString("timestamp", Content.Timestamp);
            json.WriteString("actor", Content.Actor);
            json.WriteString("correlationId", CorrelationId);
            json.WriteString("causationId", CausationId);
            json.WritePropertyName("headers");
            if (Headers is null) json.WriteNullValue(); else json.WriteRawValue(Headers);
            json.WritePropertyName("data");
            json.WriteRawValue(Content.Data, skipInputValidation: true);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a line back; the data's raw text is exactly what was sealed.</summary>
    public static SealedContent Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        return new SealedContent(root.GetProperty("sequence").GetInt64(), root.GetProperty("streamId").GetGuid(),
            root.GetProperty("version").GetInt64(), root.GetProperty("type").GetString()!, root.GetProperty("timestamp").GetString()!,
            root.GetProperty("actor").GetString(), root.GetProperty("data").GetRawText());
    }
}
