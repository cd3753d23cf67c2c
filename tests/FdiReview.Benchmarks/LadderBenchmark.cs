using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FdiReview.Domain.Screening;
using FdiReview.Domain.Tests.Screening;

namespace FdiReview.Benchmarks;

/// <summary>
/// The attack of issue 14, finding 1: a 200-party ladder (two holders per level, each holding both entities of the
/// next) must screen in well under 50 ms; a 10,000-party request must be read and refused in under 100 ms.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LadderBenchmark
{
    private TransactionFacts _ladder = null!;
    private string _huge = "";
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [GlobalSetup]
    public void Build()
    {
        _ladder = Ladder.Of(100); // 201 parties, 200 holdings
        var huge = Ladder.Of(1) with
        {
            Parties = [.. Enumerable.Range(0, 10_000).Select(i => new Party { Id = $"P{i}", Name = $"Party {i}", Kind = PartyKind.Corporation, Nationality = "CN" })],
        };
        _huge = JsonSerializer.Serialize(huge, Web);
    }

    [Benchmark]
    public Filing ScreenTheLadder() => ScreeningEngine.Screen(_ladder).Filing;

    [Benchmark]
    public int ReadAndRefuseTenThousandParties() =>
        TransactionFactsValidation.Validate(JsonSerializer.Deserialize<TransactionFacts>(_huge, Web)).Count;
}
