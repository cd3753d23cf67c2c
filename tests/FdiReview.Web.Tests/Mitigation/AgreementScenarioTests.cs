using System.Net;
using System.Text.Json.Nodes;
using FdiReview.Domain.Mitigation;
using FdiReview.Web.Mitigation;
using FdiReview.Web.Tests.Review;
using Wolverine.Tracking;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace FdiReview.Web.Tests.Mitigation;

/// <summary>From a decision to clear with mitigation, through negotiation and signing, to compliance, a breach and a penalty.</summary>
public class AgreementScenarioTests(AppFixture app) : CaseApiTest(app)
{
    private Task<JsonNode> Post(string user, string url, object body, HttpStatusCode expected = HttpStatusCode.OK) => Decide(user, url, body, expected);

    [Fact]
    public async Task A_planned_change_of_ownership_puts_a_notice_obligation_on_the_schedule()
    {
        Clock.Set(new DateTimeOffset(2027, 3, 1, 15, 0, 0, TimeSpan.Zero));
        var id = await File();
        await Ok(id, "officer-1", "acceptance", new { });
        var agreementId = (await Post("officer-1", $"/api/notifications/{id}/agreement", new
        {
            conditions = new object[] { new { key = "ownership", type = "notice-before-ownership-change", text = "Notice before any change of ownership", noticeDays = 30 } },
        }))["agreementId"]!.GetValue<Guid>();
        await Post("officer-1", $"/api/agreements/{agreementId}/signature", new { version = 1 });
        await Post("investor-a", $"/api/agreements/{agreementId}/signature", new { version = 1 });

        (await Post("investor-a", $"/api/agreements/{agreementId}/notice-events", new { conditionKey = "ownership", description = "sale of 10%" }, HttpStatusCode.Conflict))
            ["detail"]!.GetValue<string>().ShouldContain("date");
        await Post("investor-a", $"/api/agreements/{agreementId}/notice-events", new { conditionKey = "ownership", description = "sale of 10% to a pension fund", on = "2027-06-01" });

        var obligation = (await Agreement(agreementId, "investor-a"))["obligations"]!.AsArray().ShouldHaveSingleItem()!;
        obligation["due"]!.GetValue<string>().ShouldBe("2027-05-02");
        obligation["description"]!.GetValue<string>().ShouldContain("sale of 10% to a pension fund");
    }

    [Fact]
    public async Task A_mitigated_clearance_is_negotiated_signed_monitored_breached_and_penalised()
    {
        // The review, in a future month so that none of its own deadlines fire during the test.
        Clock.Set(new DateTimeOffset(2027, 3, 1, 15, 0, 0, TimeSpan.Zero));
        var id = await File();
        await Ok(id, "officer-1", "acceptance", new { });
        await Ok(id, "officer-1", "decision-proposal", new { decision = "cleared-with-mitigation", reasons = "Mitigable.", conditions = new[] { "Quarterly reports" } });

        var agreementId = (await Post("officer-1", $"/api/notifications/{id}/agreement", new
        {
            conditions = new object[]
            {
                new { key = "source-code", type = "restrict-nonpublic-technical-information", text = "No access to source code" },
                new { key = "reports", type = "periodic-compliance-report", text = "Quarterly compliance report", everyMonths = 3 },
            },
        }))["agreementId"]!.GetValue<Guid>();

        // The investor counters; the officer signs the counter, the investor too.
        await Post("investor-a", $"/api/agreements/{agreementId}/versions", new
        {
            conditions = new object[]
            {
                new { key = "source-code", type = "restrict-nonpublic-technical-information", text = "No access to source code" },
                new { key = "reports", type = "periodic-compliance-report", text = "Half-yearly compliance report", everyMonths = 6 },
            },
            note = "Quarterly is too heavy for us.",
        });
        var comparison = JsonNode.Parse((await As("investor-a", s => s.Get.Url($"/api/agreements/{agreementId}/comparison?from=1&to=2"))).ReadAsText())!.AsArray();
        comparison.Single()!["key"]!.GetValue<string>().ShouldBe("reports");
        (await Post("officer-1", $"/api/agreements/{agreementId}/signature", new { version = 1 }, HttpStatusCode.Conflict))["detail"]!.GetValue<string>().ShouldContain("outdated");

        // Signed in a past month: the first report falls due before today and will be late.
        Clock.Set(new DateTimeOffset(2026, 5, 4, 15, 0, 0, TimeSpan.Zero));
        await Post("officer-1", $"/api/agreements/{agreementId}/signature", new { version = 2 });
        // First period: due 4 November 2026; the deadline fires and the report is overdue.
        (await Fired<ObligationDeadline>(await Tracked(() => Post("investor-a", $"/api/agreements/{agreementId}/signature", new { version = 2 }))))
            .Executed.MessagesOf<ObligationDeadline>().ShouldHaveSingleItem();
        (await Read(id))["agreementInForce"]!.GetValue<Guid>().ShouldBe(agreementId);
        await Ok(id, "officer-2", "decision-proposal/approval", new { decision = "cleared-with-mitigation", conditions = new[] { "Quarterly reports" } });
        var first = (await Agreement(agreementId))["obligations"]![0]!;
        first["state"]!.GetValue<string>().ShouldBe("overdue");
        first["due"]!.GetValue<string>().ShouldBe("2026-11-04");
        var firstId = first["id"]!.GetValue<Guid>();
        await Post("investor-a", $"/api/agreements/{agreementId}/obligations/{firstId}/submission", new { report = "No access requests; late because of an audit." });
        await Post("officer-1", $"/api/agreements/{agreementId}/obligations/{firstId}/review", new { accept = true });

        // Second period: due 4 May 2027, reported on time.
        var second = (await Agreement(agreementId))["obligations"]!.AsArray().Single(o => o!["state"]!.GetValue<string>() == "due")!;
        second["due"]!.GetValue<string>().ShouldBe("2027-05-04");
        var certificate = (await Upload(id, "investor-a", "certification-2027-h1.pdf", "%PDF-1.7 signed"u8.ToArray())).Body!["documentId"]!.GetValue<Guid>();
        (await Post("investor-a", $"/api/agreements/{agreementId}/obligations/{second["id"]!.GetValue<Guid>()}/submission",
            new { report = "All conditions kept.", documents = new[] { Guid.NewGuid() } }, HttpStatusCode.Conflict))["detail"]!.GetValue<string>().ShouldContain("unknown document");
        await Post("investor-a", $"/api/agreements/{agreementId}/obligations/{second["id"]!.GetValue<Guid>()}/submission",
            new { report = "All conditions kept.", documents = new[] { certificate } });
        (await Agreement(agreementId))["obligations"]!.AsArray().Single(o => o!["id"]!.GetValue<Guid>() == second["id"]!.GetValue<Guid>())!["documents"]!
            .AsArray().Single()!.GetValue<Guid>().ShouldBe(certificate);
        await Post("officer-1", $"/api/agreements/{agreementId}/obligations/{second["id"]!.GetValue<Guid>()}/review", new { accept = true });

        // A breach, and a penalty under four eyes.
        var violationId = (await Post("officer-1", $"/api/agreements/{agreementId}/violations",
            new { conditionKey = "source-code", evidence = "Repository access log, 12 June", severity = "material" }))["violationId"]!.GetValue<Guid>();
        await Post("officer-1", $"/api/agreements/{agreementId}/violations/{violationId}/penalty", new { amount = 5_000_000, basis = "31 CFR 800.901(b)" });
        (await Post("officer-1", $"/api/agreements/{agreementId}/violations/{violationId}/penalty/approval", new { amount = 5_000_000 }, HttpStatusCode.Conflict))["detail"]!
            .GetValue<string>().ShouldContain("four eyes");
        await Post("supervisor-1", $"/api/agreements/{agreementId}/violations/{violationId}/penalty/approval", new { amount = 5_000_000 });

        var final = await Agreement(agreementId);
        final["violations"]![0]!["penalty"]!.GetValue<decimal>().ShouldBe(5_000_000m);
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = (await session.Events.FetchStreamAsync(agreementId)).Select(e => e.Data.GetType().Name).ToList();
        events.ShouldContain(nameof(ObligationOverdue));
        events.Last().ShouldBe(nameof(PenaltyApproved));
        await As("investor-b", s => { s.Get.Url($"/api/agreements/{agreementId}"); s.StatusCodeShouldBe(HttpStatusCode.NotFound); });

        // A remediation plan set in a past month: its deadline fires and the plan is overdue until verified.
        Clock.Set(new DateTimeOffset(2026, 5, 4, 15, 0, 0, TimeSpan.Zero));
        await Fired<RemediationDeadline>(await Tracked(() =>
            Post("officer-1", $"/api/agreements/{agreementId}/violations/{violationId}/remediation", new { plan = "Revoke all repository access", due = "2026-06-01" })));
        (await Agreement(agreementId))["violations"]![0]!["remediationState"]!.GetValue<string>().ShouldBe("overdue");
        await Post("officer-1", $"/api/agreements/{agreementId}/violations/{violationId}/remediation/completion", new { evidence = "Access logs reviewed on site" });
        (await Agreement(agreementId))["violations"]![0]!["remediationState"]!.GetValue<string>().ShouldBe("completed");
    }
}
