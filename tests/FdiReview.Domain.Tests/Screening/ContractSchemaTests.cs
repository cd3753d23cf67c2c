using System.Text.Json;
using System.Text.Json.Nodes;
using FdiReview.Domain.Screening;
using Json.Schema;

namespace FdiReview.Domain.Tests.Screening;

/// <summary>schema/*.schema.json (JSON Schema 2020-12) describe the contract: every example request and every determination fits.</summary>
public class ContractSchemaTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<JsonSchema> Request = new(() => Load("screening-request.schema.json"));
    private static readonly Lazy<JsonSchema> Determination = new(() => Load("determination.schema.json"));

    private static JsonSchema Load(string name) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", name)),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static void ShouldFit(JsonSchema schema, JsonNode node, string what)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.ShouldBeTrue($"{what} does not fit the schema: " + string.Join("; ", (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
    }

    [Theory]
    [MemberData(nameof(ContractExamplesTests.Examples), MemberType = typeof(ContractExamplesTests))]
    public void The_example_request_and_its_determination_fit_the_schemas(string file)
    {
        var request = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Screening", "Examples", file)))!["request"]!;
        ShouldFit(Request.Value, request, $"{file} request");

        var determination = ScreeningEngine.Screen(request.Deserialize<TransactionFacts>(Web)!);
        ShouldFit(Determination.Value, JsonSerializer.SerializeToNode(determination, Web)!, $"{file} determination");
    }

    [Fact]
    public void A_filing_body_fits_the_notification_schema_which_refuses_server_owned_fields()
    {
        var registry = new SchemaRegistry();
        var options = new BuildOptions { SchemaRegistry = registry };
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "screening-request.schema.json")), options);
        var notification = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "notification.schema.json")), options);
        var request = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Screening", "Examples", "hand-fg-1.json")))!["request"]!;

        ShouldFit(notification, new JsonObject { ["facts"] = request.DeepClone(), ["kind"] = "declaration" }, "a filing");
        using var forged = JsonDocument.Parse(new JsonObject { ["facts"] = request.DeepClone(), ["status"] = "closed" }.ToJsonString());
        notification.Evaluate(forged.RootElement).IsValid.ShouldBeFalse();
    }

    [Theory]
    [InlineData("""{"regime":"firrma","parties":[{"id":"A","name":"A","kind":"corporation","nationality":"DE"}],"investor":"A","target":{"id":"B","name":"B","country":"US","extra":1}}""")]
    [InlineData("""{"regime":"cfius","parties":[{"id":"A","name":"A","kind":"corporation","nationality":"DE"}],"investor":"A","target":{"id":"B","name":"B","country":"US"}}""")]
    [InlineData("""{"regime":"firrma","parties":[],"investor":"A","target":{"id":"B","name":"B","country":"US"}}""")]
    public void The_request_schema_refuses_what_the_api_refuses(string json)
    {
        using var document = JsonDocument.Parse(json);
        Request.Value.Evaluate(document.RootElement).IsValid.ShouldBeFalse();
    }
}
