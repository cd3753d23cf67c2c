using FdiReview.Web.Identity;
using FdiReview.Domain;
using System.Text.Json;
using Marten;
using Marten.Events.Daemon;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace FdiReview.Web.Infrastructure;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the database answers and the async daemon keeps
/// up (Marten's own checks: projection lag behind the high-water mark, and the mark itself advancing).
/// </summary>
public static class Health
{
    public static void AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddMartenAsyncDaemonHealthCheck(maxEventLag: 1_000, maxSameLagTime: TimeSpan.FromMinutes(1))
            .AddMartenHighWaterHealthCheck(staleThreshold: TimeSpan.FromMinutes(1));
        builder.Services.AddHostedService<DurabilityCheck>();
    }

    public static void MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write }).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { ResponseWriter = Write }).AllowAnonymous().DisableRateLimiting();
    }

    /// <summary>Anonymous callers (load balancers) learn the status only; the agency's staff, signed in, get each check and the node's agents.</summary>
    private static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        if (context.User.ToActor() is not { Role: Roles.Officer or Roles.Supervisor or Roles.Auditor })
            return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
        var runtime = context.RequestServices.GetRequiredService<Wolverine.Runtime.IWolverineRuntime>();
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
            // Which background agents (async projections among them) this node runs: operators see the cluster's spread.
            node = new { id = runtime.Options.UniqueNodeId, agents = runtime.Agents.AllRunningAgentUris().Select(u => u.ToString()).Order().ToArray() },
        }));
    }
}

public sealed class DatabaseHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("PostgreSQL answers");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer");
        }
    }
}
