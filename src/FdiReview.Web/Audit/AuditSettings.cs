using FdiReview.Web.Infrastructure;

namespace FdiReview.Web.Audit;

/// <summary>
/// <c>Audit:Directory</c> holds the signed checkpoints and the signing key — outside the database, so that a
/// consistent rewrite of the events and the chain still disagrees with them. <c>Audit:SealInterval</c> is how
/// often the sealer looks for new events (0 turns the background sealer off; tests seal on demand);
/// <c>Audit:CheckpointInterval</c> how often at most a checkpoint is written.
/// </summary>
public sealed record AuditSettings(string Directory, TimeSpan SealInterval, TimeSpan CheckpointInterval, string Schema)
{
    public string CheckpointFile => Path.Combine(Directory, "checkpoints.jsonl");
    public string SigningKeyFile => Path.Combine(Directory, "checkpoint-signing-key.pem");
    public string PublicKeyFile => Path.Combine(Directory, "checkpoint-public-key.pem");
    public string ChainTable => $"{Schema}.{AuditChainTable.Name}";
    public string EventsTable => $"{Schema}.mt_events";

    public static AuditSettings Read(IConfiguration config)
    {
        var schema = DatabaseSettings.Schema(config);
        var directory = config["Audit:Directory"] is { Length: > 0 } d
            ? d
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
                "fdireview", "audit", schema);
        return new AuditSettings(Path.GetFullPath(directory),
            config.GetValue("Audit:SealInterval", TimeSpan.FromSeconds(1)),
            config.GetValue("Audit:CheckpointInterval", TimeSpan.FromSeconds(30)),
            schema);
    }
}
