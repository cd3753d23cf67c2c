using System.Text.Json.Nodes;
using FdiReview.Web.Tests.Review;
using Marten;
using Marten.Events;

namespace FdiReview.Web.Tests.Statistics;

/// <summary>
/// N7: review time in the regime's business days, per regime; counts by the ultimate parent's country; the FEFTA
/// exemption's use and late post-investment reports (N4); a withdraw-and-refile counted as one transaction.
/// </summary>
public class BusinessDayStatisticsTests(AppFixture app) : CaseApiTest(app)
{
    /// <summary>A German company wholly owned by a Chinese parent acquires control of a U.S. business.</summary>
    private static object OwnedByAParent(string target) => new
    {
        facts = new
        {
            regime = "firrma",
            parties = new object[]
            {
                new { id = "A", name = "Investor GmbH", kind = "corporation", nationality = "DE" },
                new { id = "P", name = "Parent Holdings", kind = "corporation", nationality = "CN" },
            },
            ownership = new[] { new { holder = "P", entity = "A", votingPercent = 100 } },
            investor = "A",
            target = new { id = "T", name = target, country = "US", usBusiness = true },
            transaction = new { votingPercentAfter = 60 },
        },
        kind = "notice",
    };

    private static object ExemptFefta => new
    {
        facts = new
        {
            regime = "fefta",
            parties = new[] { new { id = "A", name = "Investor A", kind = "corporation", nationality = "US", feftaInvestorClass = "general" } },
            investor = "A",
            target = new { id = "T", name = "Target K.K.", country = "JP", listed = true, feftaSector = "designated" },
            transaction = new { votingPercentAfter = 5, feftaCommitments = new { noOfficers = true, noBusinessTransferProposal = true, noNonpublicTechnologyAccess = true } },
        },
    };

    [Fact]
    public async Task Review_time_counts_business_days_and_a_refiled_transaction_counts_once()
    {
        // Monday 3 February 2031, 10:00 in New York.
        Clock.Set(new DateTimeOffset(2031, 2, 3, 15, 0, 0, TimeSpan.Zero));
        var decided = await File(OwnedByAParent("Decided Inc."));
        await Ok(decided, "officer-1", "acceptance", new { });
        // Decided three weeks later, on Monday 24 February: 14 business days, Presidents' Day (17 February) excepted.
        Clock.Advance(TimeSpan.FromDays(21));
        await Ok(decided, "officer-1", "decision-proposal", new { decision = "cleared", reasons = "No risk." });
        await Ok(decided, "officer-2", "decision-proposal/approval", new { decision = "cleared", conditions = Array.Empty<string>() });

        var first = await File(OwnedByAParent("Refiled Inc."));
        var refiled = await Ok(first, "investor-a", "withdrawal",
            new { reason = "Restructured.", refile = new { ((dynamic)OwnedByAParent("Refiled Inc. (restructured)")).facts } });
        refiled!["refiledAs"]!.GetValue<Guid>().ShouldNotBe(first);

        var exempt = await File(ExemptFefta);
        (await Act(exempt, "investor-a", "post-investment-report", new { executedOn = "2031-01-02", report = "Bought 5%." })).Status.ShouldBe(System.Net.HttpStatusCode.OK);

        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var stats = JsonNode.Parse((await As("supervisor-1", s => s.Get.Url("/api/statistics/2031"))).ReadAsText())!;
        stats["filings"]!.GetValue<int>().ShouldBe(4);
        stats["transactions"]!.GetValue<int>().ShouldBe(3);
        stats["transactionsByRegime"]!["FIRRMA"]!.GetValue<int>().ShouldBe(2);
        stats["reviewBusinessDays"]!["FIRRMA"]!["median"]!.GetValue<double>().ShouldBe(14);
        stats["reviewBusinessDays"]!["FIRRMA"]!["mean"]!.GetValue<double>().ShouldBe(14);
        stats["medianReviewDays"]!.GetValue<double>().ShouldBe(21);
        stats["byInvestorCountry"]!["DE"]!.GetValue<int>().ShouldBe(3);
        stats["byUltimateParentCountry"]!["CN"]!.GetValue<int>().ShouldBe(3);
        stats["feftaExemption"]!["screenedExempt"]!.GetValue<int>().ShouldBe(1);
        stats["feftaExemption"]!["reportsFiled"]!.GetValue<int>().ShouldBe(1);
        stats["feftaExemption"]!["reportsLate"]!.GetValue<int>().ShouldBe(1);

        var csv = (await As("auditor-1", s => s.Get.Url("/api/statistics/2031/csv"))).ReadAsText();
        csv.ShouldContain("Review business days,FIRRMA median,14");
        csv.ShouldContain("Ultimate parent country,China,3");
        csv.ShouldContain("Transactions,Transactions (a withdraw-and-refile is one),3");
        csv.ShouldContain("FEFTA exemption,Post-investment reports filed late,1");
    }
}
