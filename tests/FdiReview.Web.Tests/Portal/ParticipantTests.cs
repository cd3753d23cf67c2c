using FdiReview.Web.Tests.Intake;
using System.Net;
using FdiReview.Web.Tests.Review;

namespace FdiReview.Web.Tests.Portal;

/// <summary>Only the users taking part in a filing see it; the filing admin adds colleagues as contributors or agents.</summary>
public class ParticipantTests(AppFixture app) : CaseApiTest(app)
{
    [Fact]
    public async Task A_colleague_sees_the_filing_only_once_the_admin_adds_them()
    {
        var id = await File();
        await As("investor-a2", s => { s.Get.Url($"/api/notifications/{id}"); s.StatusCodeShouldBe(HttpStatusCode.NotFound); });

        await Ok(id, "investor-a", "participants", new { userId = "investor-a2", role = "contributor" });
        var view = await Read(id, "investor-a2");
        view["myRole"]!.GetValue<string>().ShouldBe("contributor");
        view["participants"]!.AsArray().Count.ShouldBe(2);

        await Ok(id, "investor-a", "participants/investor-a2/removal", new { });
        await As("investor-a2", s => { s.Get.Url($"/api/notifications/{id}"); s.StatusCodeShouldBe(HttpStatusCode.NotFound); });
    }

    [Fact]
    public async Task Only_the_admin_adds_only_colleagues_and_an_agent_acts_for_the_investor()
    {
        var id = await File();
        (await Act(id, "investor-a", "participants", new { userId = "investor-b", role = "agent" })).Status.ShouldBe(HttpStatusCode.Conflict);
        await Ok(id, "investor-a", "participants", new { userId = "counsel-a", role = "agent" });
        (await Act(id, "counsel-a", "participants", new { userId = "investor-a2", role = "contributor" })).Status.ShouldBe(HttpStatusCode.Forbidden);

        // Counsel speaks for the investor: it answers and corrects, and what it does is recorded as its own.
        await Ok(id, "counsel-a", "corrections", new { facts = System.Text.Json.JsonSerializer.SerializeToNode(Filings.Valid())!["facts"]!.DeepClone(), reason = "Typo." });
        var history = System.Text.Json.Nodes.JsonNode.Parse((await As("auditor-1", s => s.Get.Url($"/api/notifications/{id}/history"))).ReadAsText())!.AsArray();
        history.Single(h => h!["eventType"]!.GetValue<string>() == "notification_facts_corrected")!["actorName"]!.GetValue<string>().ShouldContain("Mori & Partners");
    }

    /// <summary>Issue 14, finding 8: counsel withdrew and refiled, became the only admin of the new filing, and the client lost it.</summary>
    [Fact]
    public async Task Counsel_cannot_take_over_a_filing_and_a_refiling_keeps_its_participants()
    {
        var id = await File();
        await Ok(id, "investor-a", "participants", new { userId = "counsel-a", role = "agent" });
        await Ok(id, "investor-a", "participants", new { userId = "investor-a2", role = "contributor" });
        var refile = new { facts = System.Text.Json.JsonSerializer.SerializeToNode(Filings.Valid("Corporation C"))!["facts"]!.DeepClone() };
        (await Act(id, "counsel-a", "withdrawal", new { reason = "Restructured.", refile })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await Act(id, "counsel-a", "withdrawal", new { reason = "Abandoned." })).Status.ShouldBe(HttpStatusCode.Forbidden);

        var refiledAs = (await Ok(id, "investor-a", "withdrawal", new { reason = "Restructured.", refile }))!["refiledAs"]!.GetValue<Guid>();
        var participants = (await Read(refiledAs, "investor-a"))["participants"]!.AsArray()
            .ToDictionary(p => p!["userId"]!.GetValue<string>(), p => p!["role"]!.GetValue<string>());
        participants.ShouldBe(new Dictionary<string, string> { ["investor-a"] = "admin", ["counsel-a"] = "agent", ["investor-a2"] = "contributor" }, ignoreOrder: true);
        (await Read(refiledAs, "investor-a2"))["myRole"]!.GetValue<string>().ShouldBe("contributor");
    }
}

/// <summary>Issue 14, finding 7: a contributor proposed agreement versions and signed one into force.</summary>
public class ContributorsDoNotCommitTheInvestorTests(AppFixture app) : Review.CaseApiTest(app)
{
    [Fact]
    public async Task A_contributor_can_neither_propose_terms_nor_sign_but_reports_on_obligations()
    {
        var id = await File();
        await Ok(id, "investor-a", "participants", new { userId = "investor-a2", role = "contributor" });
        await Ok(id, "officer-1", "acceptance", new { });
        var agreement = (await Decide("officer-1", $"/api/notifications/{id}/agreement",
            new { conditions = new[] { new { key = "reports", type = "periodic-compliance-report", text = "Quarterly report", everyMonths = 3 } } }))["agreementId"]!.GetValue<Guid>();

        await Decide("investor-a2", $"/api/agreements/{agreement}/versions",
            new { conditions = new[] { new { key = "reports", type = "periodic-compliance-report", text = "Yearly report", everyMonths = 12 } } }, HttpStatusCode.Forbidden);
        await Decide("investor-a2", $"/api/agreements/{agreement}/signature", new { version = 1 }, HttpStatusCode.Forbidden);
        await Decide("officer-1", $"/api/agreements/{agreement}/signature", new { version = 1 });
        await Decide("investor-a", $"/api/agreements/{agreement}/signature", new { version = 1 });
    }
}
