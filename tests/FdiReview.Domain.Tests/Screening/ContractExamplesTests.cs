using System.Text.Json;
using System.Text.Json.Nodes;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Tests.Screening;

/// <summary>Every worked case of the screening contract (spec/examples: 31 CFR 800 examples and FEFTA cases) runs through the engine.</summary>
public class ContractExamplesTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Screening", "Examples");

    public static TheoryData<string> Examples() => new(Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_engine_reaches_the_conclusion_of_the_worked_case(string file)
    {
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)))!;
        var facts = example["request"].Deserialize<TransactionFacts>(Web)!;
        var unordered = example["unordered"]?.AsArray().Select(n => n!.GetValue<string>()).ToHashSet() ?? [];

        var determination = JsonSerializer.SerializeToNode(ScreeningEngine.Screen(facts), Web)!;

        foreach (var (path, expected) in example["expect"]!.AsObject())
        {
            var actual = At(determination, path);
            var asSet = unordered.Contains(path) || path.StartsWith("parents.") || path == "nonControlTriggers";
            Matches(expected, actual, asSet).ShouldBeTrue(
                $"{file}: {path} expected {expected?.ToJsonString()} but was {actual?.ToJsonString() ?? "absent"}\n" +
                string.Join("\n", determination["findings"]!.AsArray().Select(f => $"  {f!["rule"]} {f["holds"]}: {f["explanation"]}")));
        }
    }

    private static JsonNode? At(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var part in path.Split('.', 2) is ["parents", var id] ? ["parents", id] : path.Split('.'))
            node = node?[part];
        return node;
    }

    internal static bool Matches(JsonNode? expected, JsonNode? actual, bool asSet)
    {
        if (expected is JsonArray expectedArray)
        {
            var items = (actual as JsonArray)?.Select(n => n!.ToJsonString()).ToList() ?? [];
            var wanted = expectedArray.Select(n => n!.ToJsonString()).ToList();
            return asSet ? items.ToHashSet().SetEquals(wanted) : items.SequenceEqual(wanted);
        }
        if (expected is JsonValue value && value.TryGetValue<decimal>(out var number))
            return actual is JsonValue a && a.TryGetValue<decimal>(out var got) && Math.Abs(got - number) <= 0.01m;
        return JsonNode.DeepEquals(expected, actual);
    }
}
