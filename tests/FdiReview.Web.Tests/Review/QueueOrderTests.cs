using System.Net;
using System.Text.Json.Nodes;

namespace FdiReview.Web.Tests.Review;

/// <summary>The queue puts the riskiest and most urgent cases first, and says why.</summary>
public class QueueOrderTests(AppFixture app) : CaseApiTest(app)
{
    private static object Filing(string target, int after, bool criticalTechnology, int? governmentPercent = null) => new
    {
        facts = new
        {
            regime = "firrma",
            parties = governmentPercent is null
                ? new object[] { new { id = "A", name = "Investor A", kind = "corporation", nationality = "CN" } }
                : [new { id = "A", name = "Investor A", kind = "corporation", nationality = "CN" },
                   new { id = "G", name = "Government of CN", kind = "foreign-government", nationality = "CN", foreignGovernmentOf = "CN" }],
            ownership = governmentPercent is { } p ? new[] { new { holder = "G", entity = "A", votingPercent = p } } : [],
            investor = "A",
            target = new { id = "T", name = target, country = "US", usBusiness = true, tid = new { criticalTechnologies = criticalTechnology } },
            transaction = new { votingPercentAfter = after, rights = new { boardObserver = true } },
        },
    };

    [Fact]
    public async Task State_owned_and_sensitive_cases_come_first_and_the_first_explains_why()
    {
        Clock.Set(new DateTimeOffset(2027, 3, 1, 15, 0, 0, TimeSpan.Zero));
        await File(Filing("Plain Logistics", 5, false));
        var urgent = await File(Filing("Urgent Widgets", 5, false));
        await File(Filing("Photonics (state-owned investor)", 30, true, governmentPercent: 60));
        await File(Filing("Photonics (private investor)", 30, true));
        // The acceptance period of "Urgent Widgets" nears its end: the queue says so.
        Clock.Advance(TimeSpan.FromDays(12));
        await Ok(urgent, "officer-1", "assignment", new { });

        var queue = JsonNode.Parse((await As("officer-1", s => s.Get.Url("/api/notifications?open=true"))).ReadAsText())!["items"]!.AsArray();
        queue.Select(r => r!["targetName"]!.GetValue<string>()).ShouldBe(
            ["Photonics (state-owned investor)", "Photonics (private investor)", "Urgent Widgets", "Plain Logistics"]);

        var first = queue[0]!;
        first["priorityBand"]!.GetValue<string>().ShouldBe("high");
        var why = first["priorityFactors"]!.AsArray().Select(f => f!["factor"]!.GetValue<string>()).ToList();
        why.ShouldContain("state-owned-investor");
        why.ShouldContain("mandatory-filing");
        first["priorityFactors"]![0]!["reason"]!.GetValue<string>().ShouldContain("government of China");

        queue[2]!["priorityFactors"]!.AsArray().Select(f => f!["factor"]!.GetValue<string>()).ShouldContain("clock-urgent");
    }

    /// <summary>Issue 15: breaches of an earlier mitigation agreement weigh in the investor-history factor (31 CFR 800.901).</summary>
    [Fact]
    public async Task An_investors_breaches_of_mitigation_raise_the_priority_of_its_next_filing()
    {
        var (agreement, _) = await ViolationInForce(await File());
        await Decide("officer-1", $"/api/agreements/{agreement}/violations",
            new { conditionKey = "reports", evidence = "Late by a week", severity = "observation" });

        var next = await File(Filing("Next Target", 5, false));

        var factor = (await Case(next)).Determination!.Priority.Factors.Where(f => f.Factor == "investor-history-violations").ShouldHaveSingleItem();
        factor.Reason.ShouldContain("1 time");
    }

    /// <summary>Issue 15: the queue and the case page show one priority, the case's current one, with its factors.</summary>
    [Fact]
    public async Task The_queue_and_the_case_show_the_same_priority()
    {
        Clock.Set(new DateTimeOffset(2027, 3, 1, 15, 0, 0, TimeSpan.Zero));
        var id = await File(Filing("Urgent Widgets", 5, false));
        Clock.Advance(TimeSpan.FromDays(12));
        await Ok(id, "officer-1", "assignment", new { });

        var row = JsonNode.Parse((await As("officer-1", s => s.Get.Url("/api/notifications?open=true"))).ReadAsText())!["items"]![0]!;
        var priority = (await Case(id)).Determination!.Priority;
        priority.Score.ShouldBe(row["priorityScore"]!.GetValue<int>());
        priority.Factors.Select(f => f.Factor).ShouldBe(row["priorityFactors"]!.AsArray().Select(f => f!["factor"]!.GetValue<string>()));
        priority.Factors.Select(f => f.Factor).ShouldContain("clock-urgent");
    }

    [Fact]
    public async Task The_queue_filters_by_regime_band_officer_and_overdue()
    {
        Clock.Set(new DateTimeOffset(2027, 3, 1, 15, 0, 0, TimeSpan.Zero));
        var mine = await File(Filing("Assigned Co", 5, false));
        await File(Filing("High Co", 30, true, governmentPercent: 60));
        await File(Notice("fefta"));
        await Ok(mine, "officer-1", "assignment", new { });

        async Task<List<string>> Targets(string query) =>
            JsonNode.Parse((await As("officer-1", s => s.Get.Url($"/api/notifications?{query}"))).ReadAsText())!["items"]!.AsArray()
                .Select(r => r!["targetName"]!.GetValue<string>()).ToList();

        (await Targets("regime=fefta")).ShouldBe(["Target K.K."]);
        (await Targets("band=high")).ShouldBe(["High Co"]);
        (await Targets("assignedTo=officer-1")).ShouldBe(["Assigned Co"]);
        (await Targets("overdue=true")).ShouldBeEmpty();
        (await Targets("sector=Critical%20technologies")).ShouldBe(["High Co"]);
        (await Targets("phase=acceptance&regime=firrma")).Count.ShouldBe(2);
        Clock.Advance(TimeSpan.FromDays(30));
        (await Targets("overdue=true")).Count.ShouldBe(3);
        await As("officer-1", s => { s.Get.Url("/api/notifications?band=urgent"); s.StatusCodeShouldBe(HttpStatusCode.BadRequest); });
    }
}
