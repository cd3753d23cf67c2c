namespace FdiReview.Web.Audit;

/// <summary>
/// The auditors' and operators' command line:
/// <c>verify</c> (the chain in the database, against the signed checkpoints; <c>--after-restore</c>: and which of them lie
/// beyond a restored database's last event),
/// <c>verify PACKAGE.zip [--key PUBLIC.pem]</c> (an exported package, offline), and
/// <c>rebuild [PROJECTION]</c> (every projection, or one, from the events, with progress).
/// Exit codes: 0 intact / done, 1 broken, 2 bad usage.
/// </summary>
public static class AuditCommands
{
    public static bool IsOfflineVerify(string[] args) => args is ["verify", var file, ..] && !file.StartsWith('-');

    public static bool Matches(string[] args) => args is ["verify", ..] or ["rebuild", ..];

    public static int VerifyPackage(string[] args, TextWriter? stdout = null)
    {
        stdout ??= Console.Out;
        var file = args[1];
        string? key = args is [_, _, "--key", var k] ? k : null;
        if (!File.Exists(file) || (key is not null && !File.Exists(key)))
        {
            stdout.WriteLine($"No such file: {(File.Exists(file) ? key : file)}");
            return 2;
        }
        try
        {
            using var package = File.OpenRead(file);
            var report = PackageVerification.Verify(package, key is null ? null : File.ReadAllText(key));
            stdout.WriteLine(report.Describe());
            return report.Intact ? 0 : 1;
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException or FormatException)
        {
            stdout.WriteLine($"Not a readable audit package: {e.Message}");
            return 1;
        }
    }

    public static async Task<int> Run(IServiceProvider services, string[] args)
    {
        switch (args)
        {
            case ["verify"] or ["verify", "--after-restore"]:
                var report = await services.GetRequiredService<ChainVerification>().RunAsync(afterRestore: args.Length > 1);
                Console.WriteLine(report.Describe());
                return report.Intact ? 0 : 1;
            case ["rebuild"] or ["rebuild", _]:
                var rebuild = new RebuildProjections(services.GetRequiredService<Marten.IDocumentStore>(), Console.Out);
                return await rebuild.RunAsync(args.Length > 1 ? args[1] : null) ? 0 : 2;
            default:
                Console.WriteLine("Usage: verify [--after-restore] | verify PACKAGE.zip [--key PUBLIC.pem] | rebuild [PROJECTION]");
                return 2;
        }
    }
}
