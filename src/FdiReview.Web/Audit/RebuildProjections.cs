using System.Diagnostics;
using JasperFx.Events.Daemon;
using Marten;

namespace FdiReview.Web.Audit;

/// <summary>
/// Rebuilds every projection (or one) from the events, printing events done of the total, the rate and the
/// time left while it runs. Read models are derived data: after a rebuild they equal what the live
/// projections had built.
/// </summary>
public sealed class RebuildProjections(IDocumentStore store, TextWriter output)
{
    public static IReadOnlyList<string> Names(IDocumentStore store) => ((StoreOptions)store.Options).Projections.All.Select(p => p.Name).ToList();

    /// <summary>Returns false (having said why) when no projection has the given name.</summary>
    public async Task<bool> RunAsync(string? only, IProjectionDaemon? daemon = null, CancellationToken cancellation = default)
    {
        var names = Names(store);
        var chosen = only is null ? names : names.Where(n => n.Equals(only, StringComparison.OrdinalIgnoreCase)).ToList();
        if (chosen.Count == 0)
        {
            output.WriteLine($"No projection is named '{only}'. Projections: {string.Join(", ", names)}");
            return false;
        }

        var total = (await store.Advanced.FetchEventStoreStatistics(token: cancellation)).EventSequenceNumber;
        var owned = daemon is null;
        daemon ??= await store.BuildProjectionDaemonAsync();
        try
        {
            var all = Stopwatch.StartNew();
            foreach (var name in chosen)
            {
                var clock = Stopwatch.StartNew();
                var rebuild = daemon.RebuildProjectionAsync(name, TimeSpan.FromMinutes(30), cancellation);
                while (await Task.WhenAny(rebuild, Task.Delay(TimeSpan.FromSeconds(1), cancellation)) != rebuild)
                    output.WriteLine(Progress(name, await Done(name, cancellation), total, clock.Elapsed));
                await rebuild;
                output.WriteLine(Progress(name, total, total, clock.Elapsed));
            }
            output.WriteLine($"Rebuilt {chosen.Count} projection(s) over {total:N0} events in {all.Elapsed.TotalSeconds:N1} s " +
                             $"({Rate(total * chosen.Count, all.Elapsed):N0} events/s)");
            return true;
        }
        finally
        {
            if (owned) daemon.Dispose();
        }
    }

    public static string Progress(string name, long done, long total, TimeSpan elapsed)
    {
        var rate = Rate(done, elapsed);
        var eta = rate > 0 && done < total ? TimeSpan.FromSeconds((total - done) / rate) : TimeSpan.Zero;
        var percent = total == 0 ? 100 : 100.0 * done / total;
        return $"{name}: {done:N0} / {total:N0} events ({percent:N0}%), {rate:N0} events/s, ETA {eta:hh\\:mm\\:ss}";
    }

    private static double Rate(long events, TimeSpan elapsed) => elapsed.TotalSeconds > 0 ? events / elapsed.TotalSeconds : 0;

    private async Task<long> Done(string name, CancellationToken cancellation)
    {
        var shards = await store.Advanced.AllProjectionProgress(token: cancellation);
        return shards.Where(s => s.ShardName.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase)).Select(s => s.Sequence).DefaultIfEmpty(0).Min();
    }
}
