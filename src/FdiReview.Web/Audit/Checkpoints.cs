using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FdiReview.Web.Audit;

/// <summary>A signed statement that the chain reached this link at this sequence number at this time.</summary>
public sealed record Checkpoint(long Sequence, Guid StreamId, long Version, string Link, string At, string KeyId, string Signature)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public byte[] SignedBytes => Encoding.UTF8.GetBytes($"fdireview-checkpoint\n{Sequence}\n{StreamId:D}\n{Version}\n{Link}\n{At}");

    public bool IsSignedBy(ECDsa publicKey) =>
        KeyId == Checkpoints.KeyIdOf(publicKey) &&
        publicKey.VerifyData(SignedBytes, Convert.FromBase64String(Signature), HashAlgorithmName.SHA256);
}

/// <summary>
/// Checkpoints are appended as JSON lines to a file outside the database and signed with an ECDSA P-256 key
/// kept beside it (created on first use; in production, a path only the app and the auditors' copy reach).
/// Anyone holding the public key can check them.
/// </summary>
public sealed class Checkpoints(AuditSettings settings)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lock _gate = new();

    public Checkpoint Write(long sequence, Guid streamId, long version, byte[] link, DateTimeOffset at)
    {
        lock (_gate)
        {
            using var key = SigningKey();
            var unsigned = new Checkpoint(sequence, streamId, version, ChainLink.Hex(link),
                at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture), KeyIdOf(key), "");
            var checkpoint = unsigned with { Signature = Convert.ToBase64String(key.SignData(unsigned.SignedBytes, HashAlgorithmName.SHA256)) };
            File.AppendAllText(settings.CheckpointFile, JsonSerializer.Serialize(checkpoint, Json) + "\n");
            return checkpoint;
        }
    }

    public IReadOnlyList<Checkpoint> All()
    {
        lock (_gate)
            return File.Exists(settings.CheckpointFile) ? Parse(File.ReadAllLines(settings.CheckpointFile)) : [];
    }

    public string PublicKeyPem()
    {
        lock (_gate)
        {
            using var key = SigningKey();
            return key.ExportSubjectPublicKeyInfoPem();
        }
    }

    public static IReadOnlyList<Checkpoint> Parse(IEnumerable<string> lines) =>
        lines.Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<Checkpoint>(l, Json)!).ToList();

    public static ECDsa PublicKeyFrom(string pem)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(pem);
        return key;
    }

    public static string KeyIdOf(ECDsa key) => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];

    private ECDsa SigningKey()
    {
        Directory.CreateDirectory(settings.Directory);
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        if (File.Exists(settings.SigningKeyFile))
        {
            key.ImportFromPem(File.ReadAllText(settings.SigningKeyFile));
            return key;
        }
        File.WriteAllText(settings.SigningKeyFile, key.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(settings.SigningKeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllText(settings.PublicKeyFile, key.ExportSubjectPublicKeyInfoPem());
        return key;
    }
}
