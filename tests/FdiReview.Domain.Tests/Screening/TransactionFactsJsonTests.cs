using System.Text.Json;
using System.Text.Json.Nodes;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Tests.Screening;

/// <summary>The facts read and write exactly the request shape of the screening contract (v1).</summary>
public class TransactionFactsJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> Examples() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Screening", "Examples"), "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_contract_example_request_reads_without_unknown_fields_and_is_valid(string file)
    {
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Screening", "Examples", file)))!;
        var facts = example["request"].Deserialize<TransactionFacts>(Web);

        facts.ShouldNotBeNull();
        TransactionFactsValidation.Validate(facts).ShouldBeEmpty();
    }

    [Fact]
    public void Enums_are_written_in_kebab_case_as_the_contract_spells_them()
    {
        var facts = SampleFacts.Firrma() with
        {
            Parties = [new Party { Id = "G", Name = "Gov", Kind = PartyKind.ForeignGovernment, Nationality = "CN", ForeignGovernmentOf = "CN" }],
            Target = new Target { Id = "B", Name = "B", Country = "JP", FeftaSector = FeftaSector.NonDesignated },
            Transaction = new Transaction
            {
                Kind = TransactionKind.ChangeOfRights,
                Rights = new Rights { ImportantMatters = [ImportantMatter.BudgetAndMajorExpenditures] },
            },
        };

        var json = JsonSerializer.Serialize(facts, Web);

        json.ShouldContain("\"kind\":\"foreign-government\"");
        json.ShouldContain("\"feftaSector\":\"non-designated\"");
        json.ShouldContain("\"kind\":\"change-of-rights\"");
        json.ShouldContain("\"budget-and-major-expenditures\"");
        JsonSerializer.Deserialize<TransactionFacts>(json, Web).ShouldBe(facts, new FactsJsonComparer());
    }

    [Fact]
    public void An_unknown_field_is_refused_rather_than_ignored()
    {
        var ex = Should.Throw<JsonException>(() =>
            JsonSerializer.Deserialize<TransactionFacts>("""{"regime":"firrma","target":{"id":"B","nmae":"typo"}}""", Web));
        ex.Message.ShouldContain("nmae");
    }

    [Fact]
    public void A_misspelt_enum_value_is_refused_with_its_path()
    {
        var ex = Should.Throw<JsonException>(() =>
            JsonSerializer.Deserialize<TransactionFacts>("""{"regime":"cfius"}""", Web));
        ex.Path.ShouldBe("$.regime");
    }

    [Fact]
    public void Omitted_fields_take_the_neutral_value()
    {
        var facts = JsonSerializer.Deserialize<TransactionFacts>("""{"regime":"fefta","transaction":{}}""", Web)!;

        facts.Parties.ShouldBeEmpty();
        facts.Transaction!.Kind.ShouldBe(TransactionKind.Acquisition);
        facts.Transaction.Rights.BoardSeats.ShouldBe(0);
        facts.Transaction.RightsBefore.ShouldBeNull();
        facts.Transaction.FeftaCommitments.NoOfficers.ShouldBeFalse();
    }

    /// <summary>Records holding lists compare lists by reference; compare their JSON instead.</summary>
    private sealed class FactsJsonComparer : IEqualityComparer<TransactionFacts>
    {
        public bool Equals(TransactionFacts? x, TransactionFacts? y) =>
            JsonSerializer.Serialize(x, Web) == JsonSerializer.Serialize(y, Web);
        public int GetHashCode(TransactionFacts obj) => 0;
    }
}
