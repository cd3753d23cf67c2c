using System.Net;
using System.Net.Http.Headers;
using FdiReview.Web.Tests.Review;

namespace FdiReview.Web.Tests.Hostile;

/// <summary>Issue 14's findings on the integrity of the record: nobody can change what another decided on.</summary>
public class RecordIntegrityTests(AppFixture app) : CaseApiTest(app)
{
    private static System.Text.Json.Nodes.JsonNode FactsOf(object filing) =>
        System.Text.Json.JsonSerializer.SerializeToNode(filing)!["facts"]!.DeepClone();

    [Fact]
    public async Task Finding_3_a_correction_cannot_switch_the_filing_to_another_regime()
    {
        var id = await File();
        var (status, body) = await Act(id, "investor-a", "corrections", new { facts = FactsOf(Notice("fefta")), reason = "Wrong form." });

        status.ShouldBe(HttpStatusCode.BadRequest);
        body!["errors"]!["facts.regime"].ShouldNotBeNull();
        (await Read(id))["facts"]!["regime"]!.GetValue<string>().ShouldBe("firrma");
    }

    [Fact]
    public async Task Finding_4_facts_cannot_be_corrected_under_a_pending_decision()
    {
        var id = await File();
        await Ok(id, "officer-1", "acceptance", new { });
        await Ok(id, "officer-1", "decision-proposal", new { decision = "cleared", reasons = "No concern." });

        var (status, body) = await Act(id, "investor-a", "corrections", new { facts = FactsOf(Notice()), reason = "A late change." });
        status.ShouldBe(HttpStatusCode.Conflict);
        body!["detail"]!.GetValue<string>().ShouldContain("proposal");

        // The approver decides on the facts the proposal was made on.
        await Ok(id, "officer-2", "decision-proposal/approval", new { decision = "cleared" });
        (await Read(id))["status"]!.GetValue<string>().ShouldBe("closed");
    }

    [Fact]
    public async Task Finding_5_a_penalty_replaced_after_a_reviewer_saw_it_makes_the_approval_stale()
    {
        var (agreementId, violationId) = await ViolationInForce(await File());
        await Decide("officer-1", $"/api/agreements/{agreementId}/violations/{violationId}/penalty", new { amount = 1.5m, basis = "31 CFR 800.901(b)" });
        var seen = await VersionBehind($"/api/agreements/{agreementId}", "supervisor-1");

        await Decide("officer-1", $"/api/agreements/{agreementId}/violations/{violationId}/penalty", new { amount = 250_000_000m, basis = "31 CFR 800.901(b)" });
        var stale = await As("supervisor-1", s =>
        {
            s.WithRequestHeader("If-Match", $"\"{seen}\"");
            s.Post.Json(new { amount = 1.5m }).ToUrl($"/api/agreements/{agreementId}/violations/{violationId}/penalty/approval");
            s.StatusCodeShouldBe(HttpStatusCode.Conflict);
        });
        stale.ReadAsText().ShouldContain("currentVersion");
    }

    [Fact]
    public async Task Finding_5_a_penalty_approval_names_the_amount_it_approves()
    {
        var (agreementId, violationId) = await ViolationInForce(await File());
        await Decide("officer-1", $"/api/agreements/{agreementId}/violations/{violationId}/penalty", new { amount = 1.5m, basis = "31 CFR 800.901(b)" });
        await Decide("officer-1", $"/api/agreements/{agreementId}/violations/{violationId}/penalty", new { amount = 250_000_000m, basis = "31 CFR 800.901(b)" });
        var approval = $"/api/agreements/{agreementId}/violations/{violationId}/penalty/approval";

        (await Decide("supervisor-1", approval, new { }, HttpStatusCode.BadRequest))["errors"]!["amount"].ShouldNotBeNull();
        (await Decide("supervisor-1", approval, new { amount = 1.5m }, HttpStatusCode.Conflict))["detail"]!.GetValue<string>().ShouldContain("not the 1.50");
        (await Agreement(agreementId))["violations"]![0]!["penalty"].ShouldBeNull();

        await Decide("supervisor-1", approval, new { amount = 250_000_000m });
        (await Agreement(agreementId))["violations"]![0]!["penalty"]!.GetValue<decimal>().ShouldBe(250_000_000m);
    }

    [Fact]
    public async Task Finding_5_a_decision_approval_names_the_decision_and_conditions_it_approves()
    {
        var id = await File();
        await Ok(id, "officer-1", "acceptance", new { });
        await Ok(id, "officer-1", "decision-proposal", new { decision = "prohibition", reasons = "Unmitigable risk." });

        var (status, body) = await Act(id, "officer-2", "decision-proposal/approval", new { });
        status.ShouldBe(HttpStatusCode.BadRequest);
        body!["errors"]!["decision"].ShouldNotBeNull();
        (status, body) = await Act(id, "officer-2", "decision-proposal/approval", new { decision = "cleared" });
        status.ShouldBe(HttpStatusCode.Conflict);
        body!["detail"]!.GetValue<string>().ShouldContain("not what this approval names");
        (await Read(id))["status"]!.GetValue<string>().ShouldBe("decision-proposed");

        await Ok(id, "officer-2", "decision-proposal/approval", new { decision = "prohibition" });
        (await Read(id))["outcome"]!.GetValue<string>().ShouldBe("prohibited");
    }

    [Theory]
    [InlineData("on")]
    [InlineData("1")]
    [InlineData("TRUE ")]
    public async Task Finding_10_only_true_or_false_says_whether_a_document_is_restricted(string restricted)
    {
        var id = await File();
        using var client = Host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenFor("investor-a"));
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent("%PDF-1.4 board minutes"u8.ToArray()), "file", "minutes.pdf" },
            { new StringContent(restricted), "restricted" },
        };
        var response = await client.PostAsync($"/api/notifications/{id}/documents", form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("restricted");
        (await Read(id))["documents"]!.AsArray().ShouldBeEmpty();
    }
}

/// <summary>Issue 14, finding 14: the investors' history showed version gaps, sequence numbers and a proposal not yet approved.</summary>
public class PublicHistoryTests(AppFixture app) : CaseApiTest(app)
{
    [Fact]
    public async Task Finding_14_the_public_history_numbers_its_own_lines_and_keeps_a_proposal_internal()
    {
        var id = await File();
        await Ok(id, "officer-1", "assignment", new { });
        await Ok(id, "officer-1", "acceptance", new { });
        await Ok(id, "officer-1", "decision-proposal", new { decision = "cleared", reasons = "No concern." });

        var lines = (await (await As("investor-a", s => s.Get.Url($"/api/notifications/{id}/history"))).ReadAsJsonAsync<Web.Audit.PublicHistoryLine[]>())!;
        lines.Select(l => l.Number).ShouldBe(Enumerable.Range(1, lines.Length));
        var raw = (await As("investor-a", s => s.Get.Url($"/api/notifications/{id}/history"))).ReadAsText();
        raw.ShouldNotContain("\"sequence\"");
        raw.ShouldNotContain("\"version\"");
        lines.Select(l => l.EventType).ShouldNotContain("decision_proposed");
        (await Read(id, "investor-a"))["status"]!.GetValue<string>().ShouldBe("under-review");
        (await Read(id, "officer-1"))["status"]!.GetValue<string>().ShouldBe("decision-proposed");
    }
}
