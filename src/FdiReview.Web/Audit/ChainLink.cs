using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FdiReview.Web.Audit;

/// <summary>
/// An event's immutable content as stored: its data is PostgreSQL's text of the jsonb value (canonical for
/// a given value) and its timestamp is written to the microsecond the database keeps.
/// </summary>
public sealed record SealedContent(long Sequence, Guid StreamId, long Version, string Type, string Timestamp, string? Actor, string Data)
{
    public static string CanonicalTime(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}

/// <summary>
/// The hash chain: each event's digest covers stream, version, type, timestamp, actor and data; each link
/// is the hash of the previous link and that digest, so changing, removing or reordering any sealed event
/// breaks every link after it.
/// </summary>
public static class ChainLink
{
    public static readonly byte[] Genesis = new byte[32];

    public static byte[] Digest(SealedContent e)
    {
        // The actor is JSON-encoded so no field can run into the next; data comes last, as stored.
        var text = string.Join('\n', e.StreamId.ToString("D"), e.Version.ToString(CultureInfo.InvariantCulture), e.Type,
            e.Timestamp, JsonSerializer.Serialize(e.Actor), e.Data);
        return SHA256.HashData(Encoding.UTF8.GetBytes(text));
    }

    public static byte[] Next(byte[] previous, byte[] digest)
    {
        Span<byte> both = stackalloc byte[64];
        previous.CopyTo(both);
        digest.CopyTo(both[32..]);
        return SHA256.HashData(both);
    }

    public static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
