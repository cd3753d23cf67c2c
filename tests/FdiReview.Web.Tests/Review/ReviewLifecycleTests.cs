using System.Net;
using System.Text.Json.Nodes;

using FdiReview.Web.Tests.Intake;

namespace FdiReview.Web.Tests.Review;

/// <summary>A notice from filing to an approved decision through the API, checking the statutory clock at each step (fdi-rules §4).</summary>
public class ReviewLifecycleTests(AppFixture app) : CaseApiTest(app)
{
    /// <summary>Monday 1 March 2027, 10:00 in Washington — in the future, so no real deadline fires during the test.</summary>
    private static readonly DateTimeOffset Monday = new(2027, 3, 1, 15, 0, 0, TimeSpan.Zero);

    private static void ClockShouldBe(JsonNode view, string phase, string due, int daysLeft)
    {
        var clock = view["clock"]!;
        clock["phase"]!.GetValue<string>().ShouldBe(phase);
        clock["due"]!.GetValue<string>().ShouldBe(due);
        clock["daysLeft"]!.GetValue<int>().ShouldBe(daysLeft);
    }

    [Fact]
    public async Task A_notice_goes_from_filing_to_an_approved_decision_with_an_information_request_and_an_extension()
    {
        Clock.Set(Monday);
        var id = await File();
        var filed = await Read(id);
        filed["status"]!.GetValue<string>().ShouldBe("filed");
        ClockShouldBe(filed, "acceptance", "2027-03-15", 10); // 10 business days (800.501(i))
        filed["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()).ShouldContain("accept");

        await Ok(id, "officer-1", "assignment", new { });
        await Ok(id, "officer-1", "acceptance", new { });
        var accepted = await Read(id);
        accepted["receiptNumber"]!.GetValue<string>().ShouldStartWith("US-20270301-");
        ClockShouldBe(accepted, "review", "2027-04-15", 45); // 45th day after acceptance (800.503(b))

        var requested = await Ok(id, "officer-1", "information-requests", new { questions = "Who controls Corporation A's parent?" });
        var requestId = requested!["requestId"]!.GetValue<Guid>();
        var withRequest = await Read(id, "investor-a");
        withRequest["informationRequests"]![0]!["due"]!.GetValue<string>().ShouldBe("2027-03-04"); // 3 business days (800.504)
        withRequest["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()).ShouldContain("provide-information");

        Clock.Advance(TimeSpan.FromDays(2));
        await Ok(id, "investor-a", $"information-requests/{requestId}/response", new { response = "The State Investment Fund holds 40%." });
        ClockShouldBe(await Read(id), "review", "2027-04-15", 43); // CFIUS does not toll for information (800.604)

        await Ok(id, "officer-1", "investigation", new { reason = "Critical technology and a state-linked holder." });
        // 45 days after 15 April is Sunday 30 May; Monday 31 May is Memorial Day: the investigation ends Tuesday 1 June (800.508(a)).
        ClockShouldBe(await Read(id), "investigation", "2027-06-01", 90);

        await Ok(id, "officer-1", "investigation/extension", new { reason = "Force majeure at the lead agency." });
        ClockShouldBe(await Read(id), "investigation-extension", "2027-06-16", 105);

        await Ok(id, "officer-1", "decision-proposal", new { decision = "cleared-with-mitigation", reasons = "Risk mitigable by access controls.", conditions = new[] { "No access to source code" } });
        var (status, problem) = await Act(id, "officer-1", "decision-proposal/approval", new { });
        status.ShouldBe(HttpStatusCode.Conflict);
        problem!["detail"]!.GetValue<string>().ShouldContain("four eyes");

        (status, problem) = await Act(id, "officer-2", "decision-proposal/approval", new { });
        status.ShouldBe(HttpStatusCode.Conflict);
        problem!["detail"]!.GetValue<string>().ShouldContain("agreement is signed");
        await SignedAgreement(id);

        await Ok(id, "officer-2", "decision-proposal/approval", new { });
        var closed = await Read(id);
        closed["status"]!.GetValue<string>().ShouldBe("closed");
        closed["outcome"]!.GetValue<string>().ShouldBe("cleared-with-mitigation");
        closed["conditions"]![0]!.GetValue<string>().ShouldBe("No access to source code");
        closed["clock"].ShouldBeNull();

        var history = JsonNode.Parse((await As("auditor-1", s => s.Get.Url($"/api/notifications/{id}/history"))).ReadAsText())!.AsArray();
        history.Select(h => h!["eventType"]!.GetValue<string>()).ShouldContain("decision_approved");
        history.Last()!["eventType"]!.GetValue<string>().ShouldBe("notification_closed");
    }

    [Fact]
    public async Task An_illegal_step_is_a_409_that_says_why_and_a_stale_version_a_409_with_the_current_one()
    {
        Clock.Set(Monday);
        var id = await File();
        var (status, problem) = await Act(id, "officer-1", "investigation", new { reason = "Too early." });
        status.ShouldBe(HttpStatusCode.Conflict);
        problem!["detail"]!.GetValue<string>().ShouldContain("review under way");

        (status, problem) = await Act(id, "officer-1", "acceptance", new { }, version: 1);
        status.ShouldBe(HttpStatusCode.Conflict);
        problem!["currentVersion"]!.GetValue<int>().ShouldBe(4);
    }

    [Fact]
    public async Task A_command_without_a_version_is_a_400_naming_it()
    {
        var id = await File();
        var result = await As("officer-1", s =>
        {
            s.Post.Json(new { }).ToUrl($"/api/notifications/{id}/acceptance");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
        result.ReadAsText().ShouldContain("expectedVersion");
    }

    [Fact]
    public async Task Two_concurrent_decisions_on_one_case_exactly_one_succeeds_and_the_other_gets_409()
    {
        Clock.Set(Monday);
        var id = await File();
        await Ok(id, "officer-1", "acceptance", new { });
        await Ok(id, "officer-1", "decision-proposal", new { decision = "cleared", reasons = "No risk." });
        var version = (await Read(id))["version"]!.GetValue<int>();

        var results = await Task.WhenAll(
            Act(id, "officer-2", "decision-proposal/approval", new { }, version),
            Act(id, "supervisor-1", "decision-proposal/return", new { reason = "Consult METI first." }, version));

        results.Count(r => r.Status == HttpStatusCode.OK).ShouldBe(1);
        results.Count(r => r.Status == HttpStatusCode.Conflict).ShouldBe(1);
    }

    [Fact]
    public async Task Investors_see_their_case_without_consultations_assignment_or_risk_scores()
    {
        Clock.Set(Monday);
        var id = await File();
        await Ok(id, "officer-1", "assignment", new { });
        await Ok(id, "officer-1", "consultations", new { agency = "Department of Defense", question = "Is the target a sole supplier?" });

        var view = (await Read(id, "investor-a")).AsObject();
        view.ContainsKey("consultations").ShouldBeFalse();
        view.ContainsKey("assignedTo").ShouldBeFalse();
        view.ToJsonString().ShouldNotContain("priority");
        view.ToJsonString().ShouldNotContain("Department of Defense");
        (await Read(id))["consultations"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Withdraw_and_refile_links_the_new_notification_to_the_old_one()
    {
        Clock.Set(Monday);
        var id = await File();
        var response = await Ok(id, "investor-a", "withdrawal", new { reason = "Deal restructured.", refile = new { facts = ((dynamic)Filings.Valid("Corporation B (restructured)")).facts } });
        var newId = response!["refiledAs"]!.GetValue<Guid>();

        var old = await Read(id);
        old["status"]!.GetValue<string>().ShouldBe("withdrawn");
        old["refiledAs"]!.GetValue<Guid>().ShouldBe(newId);
        var refiled = await Read(newId, "investor-a");
        refiled["refiledFrom"]!.GetValue<Guid>().ShouldBe(id);
        refiled["status"]!.GetValue<string>().ShouldBe("filed");
    }
}

/// <summary>Every case action is documented in the OpenAPI document.</summary>
public class OpenApiDocumentTests(AppFixture app) : ApiTest(app)
{
    [Fact]
    public async Task The_openapi_document_lists_every_case_action()
    {
        var document = (await Host.Scenario(s => s.Get.Url("/openapi/v1.json"))).ReadAsText();
        foreach (var route in new[]
                 {
                     "/api/notifications/{id}/acceptance", "/api/notifications/{id}/return", "/api/notifications/{id}/resubmission",
                     "/api/notifications/{id}/assignment", "/api/notifications/{id}/information-requests",
                     "/api/notifications/{id}/information-requests/{requestId}/response", "/api/notifications/{id}/consultations",
                     "/api/notifications/{id}/consultations/{consultationId}/answer", "/api/notifications/{id}/investigation",
                     "/api/notifications/{id}/investigation/extension", "/api/notifications/{id}/review-extension",
                     "/api/notifications/{id}/waiting-period/shortening", "/api/notifications/{id}/decision-proposal",
                     "/api/notifications/{id}/decision-proposal/approval", "/api/notifications/{id}/decision-proposal/return",
                     "/api/notifications/{id}/recommendation-reply", "/api/notifications/{id}/withdrawal", "/api/screenings",
                 })
            document.ShouldContain($"\"{route}\"");
    }
}
