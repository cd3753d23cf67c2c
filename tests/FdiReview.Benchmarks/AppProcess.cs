using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace FdiReview.Benchmarks;

/// <summary>
/// The real app as its own process (the Release build, Kestrel on a port of its own, a schema of its own), so
/// drivers can time a cold start, load it over HTTP, and kill it with SIGKILL.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    public Uri BaseAddress { get; }
    public Stopwatch SinceStart { get; } = Stopwatch.StartNew();

    private AppProcess(Process process, Uri baseAddress) => (_process, BaseAddress) = (process, baseAddress);

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FdiReview.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
        }
    }

    /// <summary>The Release build of the app.</summary>
    public static string Dll
    {
        get
        {
            var app = Path.Combine(RepositoryRoot, "src", "FdiReview.Web", "bin", "Release", "net10.0", "FdiReview.Web.dll");
            return File.Exists(app) ? app : throw new FileNotFoundException("Build the app in Release first (dotnet build -c Release).", app);
        }
    }

    /// <summary>The drivers' settings for the app: Development sign-in, a schema and checkpoint directory of its own, no demo data.</summary>
    public static Dictionary<string, string> Environment(string databaseUrl, string schema, IDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development", ["FDI_DATABASE_URL"] = databaseUrl, ["FdiReview__Schema"] = schema,
            ["FdiReview__SeedDemoData"] = "false", ["RateLimiting__PermitsPerSecond"] = "1000000", ["RateLimiting__Burst"] = "1000000",
            ["Audit__Directory"] = Path.Combine(Path.GetTempPath(), "fdireview-drivers", schema), ["CodeGeneration__TypeLoadMode"] = "Static",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) environment[key] = value;
        return environment;
    }

    public static AppProcess Start(int port, string databaseUrl, string schema, IDictionary<string, string>? settings = null)
    {
        var app = Dll;
        var start = new ProcessStartInfo("dotnet", [app, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(app)!, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var (key, value) in Environment(databaseUrl, schema, settings)) start.Environment[key] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(process, new Uri($"http://127.0.0.1:{port}"));
    }

    public bool HasExited => _process.HasExited;

    /// <summary>A bearer token for a demo user, retried while the app is still starting.</summary>
    public async Task<string> TokenFor(HttpClient http, string user, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited with code {_process.ExitCode} while starting.");
            try
            {
                using var response = await http.PostAsJsonAsync(new Uri(BaseAddress, "/api/dev/tokens"), new { user });
                if (response.IsSuccessStatusCode)
                    return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
            }
            catch (HttpRequestException) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The app did not answer within {patience}.");
            await Task.Delay(50);
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing — what a power cut or the OOM killer does.</summary>
    public void Kill()
    {
        if (_disposed || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    private bool _disposed;

    public ValueTask DisposeAsync()
    {
        if (_disposed) return ValueTask.CompletedTask;
        Kill();
        _disposed = true;
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
