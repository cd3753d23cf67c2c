using System.Net;
using System.Text.Json.Nodes;
using FdiReview.Web.Tests.Review;

namespace FdiReview.Web.Tests.Intake;

/// <summary>A FEFTA filing carries the target's corporate number (法人番号), securities code and trade name (商号); the queue finds it by them.</summary>
public class JapaneseIdentifierFilingTests(AppFixture app) : CaseApiTest(app)
{
    private static object Fefta(string corporateNumber, string japaneseName, string securitiesCode = "7203") => new
    {
        facts = new
        {
            regime = "fefta",
            parties = new[] { new { id = "A", name = "Investor A", kind = "corporation", nationality = "US", feftaInvestorClass = "general" } },
            investor = "A",
            target = new
            {
                id = "T", name = "Sakura Seimitsu K.K.", country = "JP", listed = true, feftaSector = "designated",
                corporateNumber, securitiesCode, japaneseName,
            },
            transaction = new { votingPercentAfter = 5 },
        },
    };

    [Fact]
    public async Task A_wrong_check_digit_is_a_400_naming_the_field_and_nothing_is_filed()
    {
        var refused = await As("investor-a", s =>
        {
            s.Post.Json(Fefta("8000012050002", "さくら精密株式会社")).ToUrl("/api/notifications");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
        var errors = JsonNode.Parse(refused.ReadAsText())!["errors"]!.AsObject();
        errors.Select(e => e.Key).ShouldContain("facts.target.corporateNumber");
        errors["facts.target.corporateNumber"]![0]!.GetValue<string>().ShouldContain("check digit");
    }

    [Fact]
    public async Task The_queue_finds_a_filing_by_its_Japanese_trade_name_and_by_its_corporate_number()
    {
        var name = $"さくら精密株式会社{Guid.NewGuid():N}"[..14];
        var id = await File(Fefta("7000012050002", name, "130A"));
        foreach (var term in new[] { name, "7000012050002" })
        {
            var page = JsonNode.Parse((await As("officer-1", s => s.Get.Url($"/api/notifications?pageSize=100&search={Uri.EscapeDataString(term)}"))).ReadAsText())!;
            page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ShouldContain(id, $"searching for {term}");
        }
        var facts = (await Read(id))["facts"]!["target"]!;
        facts["securitiesCode"]!.GetValue<string>().ShouldBe("130A");
        facts["japaneseName"]!.GetValue<string>().ShouldBe(name);
    }
}
