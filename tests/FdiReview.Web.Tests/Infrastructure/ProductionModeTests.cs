using System.Text.Json.Nodes;
using Alba;
using JasperFx.CodeGeneration;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine;
using Wolverine.Runtime;

namespace FdiReview.Web.Tests.Infrastructure;

/// <summary>
/// Production runs the committed pre-generated code (no Roslyn at start) and never creates database objects:
/// the schema is applied beforehand (db-apply, as ops/db-apply does).
/// </summary>
public sealed class ProductionModeTests : IAsyncLifetime
{
    private readonly string _schema = $"test_prod_{Guid.NewGuid():N}"[..24];
    private readonly string _missing = $"test_none_{Guid.NewGuid():N}"[..24];
    private readonly string _audit = Path.Combine(Path.GetTempPath(), "fdireview-tests", Guid.NewGuid().ToString("N"));

    private Task<IAlbaHost> Start(string environment, string schema)
    {
        JasperFxEnvironment.AutoStartHost = true;
        return AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("FDI_DATABASE_URL", AppFixture.DatabaseUrl);
            builder.UseSetting("FdiReview:Schema", schema);
            builder.UseSetting("Audit:Directory", _audit);
            // Never contacted while starting: the provider is only asked when someone signs in.
            builder.UseSetting("Authentication:Oidc:Authority", "https://idp.invalid/realms/fdi");
            builder.UseSetting("Authentication:Oidc:ClientId", "fdireview");
            builder.ConfigureServices(services => services.RunWolverineInSoloMode());
        });
    }

    [Fact]
    public async Task Production_starts_on_the_pre_generated_code_against_an_applied_schema()
    {
        await using (var development = await Start("Development", _schema)) await development.StopAsync(); // applies the schema

        await using var production = await Start("Production", _schema);

        production.Services.GetRequiredService<IWolverineRuntime>().Options.CodeGeneration.TypeLoadMode.ShouldBe(TypeLoadMode.Static);
        var ready = JsonNode.Parse((await production.Scenario(s => { s.Get.Url("/health/ready"); s.IgnoreStatusCode(); })).ReadAsText())!;
        ready["status"]!.GetValue<string>().ShouldNotBe("Unhealthy"); // anonymous: the status alone
        // The API answers a call without credentials itself (the provider above does not even exist).
        var anonymous = await production.Scenario(s => { s.Get.Url("/api/notifications"); s.StatusCodeShouldBe(401); });
        anonymous.Context.Response.ContentType!.ShouldStartWith("application/problem+json");
        await production.StopAsync();
    }

    [Fact]
    public async Task Production_creates_no_database_objects()
    {
        try
        {
            await using var production = await Start("Production", _missing);
            await production.Scenario(s => { s.Get.Url("/health/ready"); s.IgnoreStatusCode(); });
            await production.StopAsync();
        }
        catch (Exception)
        {
            // Refusing to start without its schema is fine too; creating it is not.
        }
        await using var connection = new NpgsqlConnection(Web.Infrastructure.DatabaseSettings.FromUrl(AppFixture.DatabaseUrl));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from information_schema.schemata where schema_name = @schema", connection);
        command.Parameters.AddWithValue("schema", _missing);
        ((long)(await command.ExecuteScalarAsync())!).ShouldBe(0);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await AppFixture.DropSchema(_schema);
        await AppFixture.DropSchema(_missing);
        if (Directory.Exists(_audit)) Directory.Delete(_audit, recursive: true);
    }
}
