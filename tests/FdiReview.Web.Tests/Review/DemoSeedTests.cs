using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace FdiReview.Web.Tests.Review;

/// <summary>
/// Issue 15, item 1: the demo record is self-consistent. The seed runs as <c>ops/run</c> runs it (Development, demo
/// data on) and an auditor reading any seeded case finds each event stored at the moment its own data names, in order,
/// and nothing dated after the present.
/// </summary>
public sealed class DemoSeedTests : IAsyncLifetime
{
    private readonly string _schema = $"test_seed_{Guid.NewGuid():N}"[..24];
    private readonly string _audit = Path.Combine(Path.GetTempPath(), "fdireview-tests", Guid.NewGuid().ToString("N"));
    private IAlbaHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await AppFixture.IsolatedHost(_schema, _audit, new Dictionary<string, string> { ["FdiReview:SeedDemoData"] = "true" });

    [Fact]
    public async Task Every_seeded_event_is_stored_at_the_moment_its_data_names_in_order_and_none_after_the_present()
    {
        var started = DateTimeOffset.UtcNow;
        await using var query = _host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var streams = await query.AdvancedSql.QueryAsync<Guid>($"select id from {_schema}.mt_streams where type in ('notification', 'mitigation_agreement')", CancellationToken.None);
        streams.Count.ShouldBeGreaterThan(10);

        var contradictions = new List<string>();
        foreach (var stream in streams)
        {
            var events = await query.Events.FetchStreamAsync(stream);
            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                var named = e.Data.GetType().GetProperties()
                    .Where(p => p.Name is "At" or "FiledAt" && p.PropertyType == typeof(DateTimeOffset))
                    .Select(p => (DateTimeOffset)p.GetValue(e.Data)!).ToList();
                foreach (var at in named)
                    if ((at - e.Timestamp).Duration() > TimeSpan.FromMilliseconds(1))
                        contradictions.Add($"{stream} v{e.Version} {e.EventTypeName}: stored {e.Timestamp:O}, its data says {at:O}");
                if (i > 0 && e.Timestamp < events[i - 1].Timestamp)
                    contradictions.Add($"{stream} v{e.Version} {e.EventTypeName}: stored before the event it follows");
                if (e.Timestamp > started)
                    contradictions.Add($"{stream} v{e.Version} {e.EventTypeName}: stored after the present ({e.Timestamp:O})");
            }
        }
        contradictions.ShouldBeEmpty();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await AppFixture.DropSchema(_schema);
        if (Directory.Exists(_audit)) Directory.Delete(_audit, recursive: true);
    }
}
