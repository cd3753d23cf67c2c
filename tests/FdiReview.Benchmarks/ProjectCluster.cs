using System.Diagnostics;

namespace FdiReview.Benchmarks;

/// <summary>The project's own PostgreSQL cluster, through ops/pg: its URL, stops and starts, backups and restores.</summary>
public static class ProjectCluster
{
    /// <summary>Runs <c>ops/pg</c> on the project's cluster (never on a server named by the environment) and returns its output.</summary>
    public static string Ops(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppProcess.RepositoryRoot, "ops", "pg"), args) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Remove("FDI_DATABASE_URL");
        start.Environment.Remove("ConnectionStrings__FdiReview");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"ops/pg {string.Join(' ', args)} failed: {error.Result}");
        return output;
    }

    /// <summary>Whether the server in use is the one ops/pg runs (only then may a driver stop or back it up).</summary>
    public static bool IsInUse(string url)
    {
        try { return Ops("url").Trim() == url; }
        catch (Exception) { return false; }
    }
}
