using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using FdiReview.Domain.Screening;

namespace FdiReview.Benchmarks;

/// <summary>Screens 10,000 requests — the contract's worked cases, repeated — in one operation.</summary>
[MemoryDiagnoser]
public class ScreeningBenchmark
{
    private TransactionFacts[] _requests = [];

    [Params(10_000)]
    public int Requests { get; set; }

    [GlobalSetup]
    public void Load()
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var examples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Examples"), "*.json")
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!["request"].Deserialize<TransactionFacts>(web)!)
            .ToArray();
        _requests = Enumerable.Range(0, Requests).Select(i => examples[i % examples.Length]).ToArray();
    }

    [Benchmark]
    public int Screen10000()
    {
        var mandatory = 0;
        foreach (var request in _requests)
            if (ScreeningEngine.Screen(request).Filing is Filing.MandatoryDeclaration or Filing.PriorNotification) mandatory++;
        return mandatory;
    }
}
