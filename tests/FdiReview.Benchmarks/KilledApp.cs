using System.Collections.Concurrent;

namespace FdiReview.Benchmarks;

/// <summary>The app the crash harness kills and restarts on one port, with a token for each user who acts on it.</summary>
public sealed class KilledApp(int port, string databaseUrl, string schema, IDictionary<string, string> settings) : IAsyncDisposable
{
    public static readonly string[] Users = ["investor-a", "officer-1", "officer-2", "auditor-1"];
    private readonly ConcurrentDictionary<string, string> _tokens = new();
    private AppProcess? _process;

    public Uri BaseAddress => new($"http://127.0.0.1:{port}");

    public string Token(string user) => _tokens[user];

    /// <summary>Starts the app and waits until it hands out tokens (a restarted app signs with the same key).</summary>
    public async Task Start(HttpClient http)
    {
        _process = AppProcess.Start(port, databaseUrl, schema, settings);
        foreach (var user in Users) _tokens[user] = await _process.TokenFor(http, user, TimeSpan.FromMinutes(2));
    }

    /// <summary>SIGKILL, then a new process on the same port.</summary>
    public async Task Restart(HttpClient http)
    {
        if (_process is not null) await _process.DisposeAsync();
        await Start(http);
    }

    public ValueTask DisposeAsync() => _process?.DisposeAsync() ?? ValueTask.CompletedTask;
}
