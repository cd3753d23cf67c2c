using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace FdiReview.Web.Audit;

public sealed record PackageReport(bool Intact, int EventsChecked, long ChainFrom, long ChainThrough, string KeyId, BrokenLink? FirstBroken)
{
    public string Describe() => Intact
        ? $"Package intact: {EventsChecked} events match the chain from sequence {ChainFrom} through {ChainThrough}, sealed by the checkpoint signed with key {KeyId}"
        : $"Package BROKEN at sequence {FirstBroken!.Sequence}" +
          (FirstBroken.StreamId is { } s ? $" (stream {s}, version {FirstBroken.Version})" : "") + $": {FirstBroken.Problem}";
}

/// <summary>
/// Checks an audit package with nothing but the package (and, better, the agency's public key obtained
/// separately): every event matches its digest, the links recompute from the anchor to the checkpoint,
/// and the checkpoint carries a valid signature.
/// </summary>
public static class PackageVerification
{
    public static PackageReport Verify(Stream package, string? trustedPublicKeyPem = null)
    {
        using var zip = new ZipArchive(package, ZipArchiveMode.Read);
        string Read(string name) =>
            zip.GetEntry(name) is { } entry ? new StreamReader(entry.Open()).ReadToEnd() : throw new InvalidDataException($"The package has no {name}.");

        var manifest = JsonSerializer.Deserialize<PackageManifest>(Read(AuditExport.Manifest), Checkpoints.Json)!;
        var checkpoint = JsonSerializer.Deserialize<Checkpoint>(Read(AuditExport.CheckpointEntry), Checkpoints.Json)!;
        using var key = Checkpoints.PublicKeyFrom(trustedPublicKeyPem ?? Read(AuditExport.PublicKey));
        var keyId = Checkpoints.KeyIdOf(key);
        PackageReport Broken(long sequence, Guid? stream, long? version, string problem, int checkedCount = 0) =>
            new(false, checkedCount, manifest.AnchorSequence, checkpoint.Sequence, keyId, new BrokenLink(sequence, stream, version, problem));

        if (!checkpoint.IsSignedBy(key))
            return Broken(checkpoint.Sequence, checkpoint.StreamId, checkpoint.Version, "the checkpoint's signature does not verify with this key");

        var chain = new Dictionary<long, ChainEntry>();
        var previous = Convert.FromHexString(manifest.AnchorLink);
        ChainEntry? last = null;
        foreach (var line in Lines(Read(AuditExport.Chain)))
        {
            var entry = JsonSerializer.Deserialize<ChainEntry>(line, Checkpoints.Json)!;
            var link = ChainLink.Next(previous, Convert.FromHexString(entry.Digest));
            if (ChainLink.Hex(link) != entry.Link)
                return Broken(entry.Sequence, entry.StreamId, entry.Version, "this link does not follow from the one before it");
            chain[entry.Sequence] = entry;
            previous = link;
            last = entry;
        }
        if (last is null || last.Sequence != checkpoint.Sequence || last.Link != checkpoint.Link)
            return Broken(checkpoint.Sequence, checkpoint.StreamId, checkpoint.Version, "the chain in the package does not end at the signed checkpoint");

        var checkedEvents = 0;
        foreach (var line in Lines(Read(AuditExport.Events)))
        {
            var content = ExportedEvent.Parse(line);
            if (!chain.TryGetValue(content.Sequence, out var sealedEntry))
                return Broken(content.Sequence, content.StreamId, content.Version, "this event is not in the package's chain", checkedEvents);
            if (ChainLink.Hex(ChainLink.Digest(content)) != sealedEntry.Digest)
                return Broken(content.Sequence, content.StreamId, content.Version, "this event does not match its sealed digest: it was changed", checkedEvents);
            checkedEvents++;
        }
        if (checkedEvents != manifest.Events)
            return Broken(checkpoint.Sequence, null, null, $"the manifest lists {manifest.Events} events but the package holds {checkedEvents}", checkedEvents);
        return new PackageReport(true, checkedEvents, manifest.AnchorSequence, checkpoint.Sequence, keyId, null);
    }

    private static IEnumerable<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
