using System.Text.Json.Nodes;
using FdiReview.Web.Tests.Review;
using Marten;
using Marten.Events;

namespace FdiReview.Web.Tests.Statistics;

/// <summary>The annual figures come from an asynchronous projection: the test waits for the daemon, then reads them.</summary>
public class StatisticsTests(AppFixture app) : CaseApiTest(app)
{
    private static object Filing(string nationality, bool criticalTechnology, int? governmentPercent = null) => new
    {
        facts = new
        {
            regime = "firrma",
            parties = governmentPercent is null
                ? new object[] { new { id = "A", name = "Investor", kind = "corporation", nationality } }
                : [new { id = "A", name = "Investor", kind = "corporation", nationality },
                   new { id = "G", name = "Government", kind = "foreign-government", nationality, foreignGovernmentOf = nationality }],
            ownership = governmentPercent is { } p ? new[] { new { holder = "G", entity = "A", votingPercent = p } } : [],
            investor = "A",
            target = new { id = "T", name = "Target", country = "US", usBusiness = true, tid = new { criticalTechnologies = criticalTechnology } },
            transaction = new { votingPercentAfter = 60 },
        },
        kind = "notice",
    };

    [Fact]
    public async Task A_seeded_year_reads_off_the_dashboard_figures_and_its_csv()
    {
        Clock.Set(new DateTimeOffset(2027, 2, 1, 15, 0, 0, TimeSpan.Zero));
        var cleared = await File(Filing("CN", true, governmentPercent: 70));
        var investigated = await File(Filing("DE", true));
        Clock.Set(new DateTimeOffset(2027, 5, 3, 15, 0, 0, TimeSpan.Zero));
        var withdrawn = await File(Filing("DE", false));
        await File(Notice("fefta"));

        await Ok(cleared, "officer-1", "acceptance", new { });
        Clock.Advance(TimeSpan.FromDays(20));
        await Ok(cleared, "officer-1", "decision-proposal", new { decision = "cleared-with-mitigation", reasons = "Mitigable.", conditions = new[] { "Security officer" } });
        await SignedAgreement(cleared);
        await Ok(cleared, "officer-2", "decision-proposal/approval", new { decision = "cleared-with-mitigation", conditions = new[] { "Security officer" } });
        await Ok(investigated, "officer-1", "acceptance", new { });
        await Ok(investigated, "officer-1", "investigation", new { reason = "Critical technology." });
        await Ok(withdrawn, "investor-a", "withdrawal", new { reason = "Abandoned." });

        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

        var stats = JsonNode.Parse((await As("supervisor-1", s => s.Get.Url("/api/statistics/2027"))).ReadAsText())!;
        stats["filings"]!.GetValue<int>().ShouldBe(4);
        stats["byRegime"]!["FIRRMA"]!.GetValue<int>().ShouldBe(3);
        stats["byRegime"]!["FEFTA"]!.GetValue<int>().ShouldBe(1);
        stats["byMonth"]!.AsArray().Select(m => m!.GetValue<int>()).ShouldBe([0, 2, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0]);
        stats["stateOwnedShare"]!.GetValue<double>().ShouldBe(0.25);
        stats["outcomes"]!["cleared-with-mitigation"]!.GetValue<int>().ShouldBe(1);
        stats["outcomes"]!["withdrawn"]!.GetValue<int>().ShouldBe(1);
        stats["noticesTakenToInvestigationShare"]!.GetValue<double>().ShouldBe(0.25);
        stats["medianReviewDays"]!.GetValue<double>().ShouldBe(20);
        stats["mitigationInForce"]!.GetValue<int>().ShouldBe(1);
        stats["bySector"]!["Critical technologies"]!.GetValue<int>().ShouldBe(2);

        var csv = (await As("auditor-1", s => s.Get.Url("/api/statistics/2027/csv"))).ReadAsText();
        // Issue 15, item 2: the CSV reads in words.
        csv.ShouldStartWith("Section,Item,Value");
        csv.ShouldContain("Outcome,Cleared with conditions,1");
        csv.ShouldContain("Month filed,2027-02,2");
        csv.ShouldNotContain("cleared-with-mitigation");
    }
}
