using System.Net;
using System.Text.Json.Nodes;
using Alba;
using FdiReview.Web.Queue;
using Marten;

namespace FdiReview.Web.Tests.Intake;

/// <summary>Bad input gets a 400 problem that names the field, and nothing is written.</summary>
public class BadFilingTests(AppFixture app) : ApiTest(app)
{
    private async Task<JsonObject> Rejected(string body)
    {
        var result = await As("investor-a", s =>
        {
            s.Post.Text(body).ToUrl("/api/notifications");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
            s.ContentTypeShouldBe("application/problem+json");
        });
        await using var session = Store.QuerySession();
        (await session.Query<NotificationSummary>().CountAsync()).ShouldBe(0);
        return JsonNode.Parse(result.ReadAsText())!.AsObject();
    }

    [Fact]
    public async Task Malformed_json_is_a_400_that_says_where()
    {
        var problem = await Rejected("""{"facts": {"regime": "firrma", """);
        problem["status"]!.GetValue<int>().ShouldBe(400);
        problem["detail"]!.GetValue<string>().ShouldContain("$.facts");
    }

    [Fact]
    public async Task Missing_fields_are_each_named()
    {
        var problem = await Rejected("""{"facts": {"regime": "firrma", "parties": [{"id": "A", "kind": "corporation", "nationality": "CN"}], "investor": "A"}}""");
        var errors = problem["errors"]!.AsObject();
        errors.Select(e => e.Key).ShouldBe(["facts.parties[0].name", "facts.target"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_missing_facts_object_is_named()
    {
        var problem = await Rejected("{}");
        problem["errors"]!.AsObject().ContainsKey("facts").ShouldBeTrue();
    }

    [Fact]
    public async Task A_wrong_enum_value_names_its_path()
    {
        var problem = await Rejected("""{"facts": {"regime": "cfius"}}""");
        problem["detail"]!.GetValue<string>().ShouldContain("$.facts.regime");
    }

    [Theory]
    [InlineData("""{"amount": 0, "currency": "USD"}""", "value.amount")]
    [InlineData("""{"amount": 25000000, "currency": "DOLLARS"}""", "value.currency")]
    public async Task A_value_of_the_investment_out_of_range_or_in_no_currency_is_named(string value, string field)
    {
        var facts = System.Text.Json.JsonSerializer.SerializeToNode(Filings.Valid())!["facts"]!.ToJsonString();
        var problem = await Rejected($$"""{"facts": {{facts}}, "value": {{value}}}""");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe([field]);
    }

    [Fact]
    public async Task An_unknown_field_is_named()
    {
        var problem = await Rejected("""{"facts": {"regime": "firrma", "targett": {}}}""");
        problem["detail"]!.GetValue<string>().ShouldContain("targett");
    }
}
