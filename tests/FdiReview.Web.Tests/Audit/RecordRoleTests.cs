using System.Net;
using Alba;
using FdiReview.Web.Audit;
using FdiReview.Web.Infrastructure;
using FdiReview.Web.Tests.Intake;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Marten;
using Marten.Events;
using Npgsql;
using Wolverine;

namespace FdiReview.Web.Tests.Audit;

/// <summary>
/// Set up as the ops scripts do (db-roles prepare, the schema applied by the app role, db-roles lock), the app
/// works as its own role but that role cannot UPDATE, DELETE or TRUNCATE the events.
/// </summary>
public sealed class RecordRoleTests : IAsyncLifetime
{
    private readonly string _schema = $"test_role_{Guid.NewGuid():N}"[..24];
    private readonly string _audit = Path.Combine(Path.GetTempPath(), "fdireview-tests", Guid.NewGuid().ToString("N"));
    private static string Superuser => DatabaseSettings.FromUrl(AppFixture.DatabaseUrl);

    private static string AppRoleConnection => new NpgsqlConnectionStringBuilder(Superuser)
    {
        Username = DatabaseRoles.AppRole, Password = DatabaseRoles.DevelopmentPassword,
    }.ConnectionString;

    private Task<IAlbaHost> StartAsAppRole() => AppFixture.IsolatedHost(_schema, _audit,
        new Dictionary<string, string> { ["FdiReview:SeedDemoData"] = "false", ["Audit:SealInterval"] = "00:00:00" }, AppRoleConnection);

    [Fact]
    public async Task The_app_role_files_and_seals_but_cannot_change_or_remove_events()
    {
        await DatabaseRoles.Execute(Superuser, DatabaseRoles.Prepare(_schema, DatabaseRoles.AppRole, DatabaseRoles.RecordOwnerRole, DatabaseRoles.DevelopmentPassword));
        await using (var first = await StartAsAppRole()) await first.StopAsync(); // applies the schema as the app role
        await DatabaseRoles.Execute(Superuser, DatabaseRoles.Lock(_schema, DatabaseRoles.AppRole, DatabaseRoles.RecordOwnerRole));

        await using var host = await StartAsAppRole();
        var token = (await (await host.Scenario(s => s.Post.Json(new { user = "investor-a" }).ToUrl("/api/dev/tokens")))
            .ReadAsJsonAsync<Web.Identity.DevSignIn.TokenResponse>())!.Token;
        await host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Post.Json(Filings.Valid()).ToUrl("/api/notifications");
            s.StatusCodeShouldBe(HttpStatusCode.Created);
        });
        await host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        (await host.Services.GetRequiredService<ChainSealer>().SealPendingAsync()).ShouldBeGreaterThan(0);

        await using var connection = new NpgsqlConnection(AppRoleConnection);
        await connection.OpenAsync();
        foreach (var sql in new[]
                 {
                     $"update {_schema}.mt_events set data = '{{}}'::jsonb",
                     $"delete from {_schema}.mt_events",
                     $"truncate {_schema}.mt_events",
                     $"update {_schema}.{AuditChainTable.Name} set link = digest",
                     $"delete from {_schema}.mt_streams",
                 })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var refused = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege, sql);
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await AppFixture.DropSchema(_schema);
        if (Directory.Exists(_audit)) Directory.Delete(_audit, recursive: true);
    }
}
