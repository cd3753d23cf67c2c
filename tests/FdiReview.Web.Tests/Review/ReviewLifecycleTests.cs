using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using FdiReview.Web.Intake;
using FdiReview.Web.Intake.AnsweringInformationRequests;
using FdiReview.Web.Review;
using FdiReview.Web.Review.Accepting;
using FdiReview.Web.Review.Assigning;
using FdiReview.Web.Review.Deciding;
using FdiReview.Web.Review.Investigating;
using FdiReview.Web.Review.RequestingInformation;
using Microsoft.AspNetCore.Mvc;

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

    private static void ClockShouldBe(ClockReading? clock, ClockPhase phase, string due, int daysLeft)
    {
        clock.ShouldNotBeNull();
        clock.Phase.ShouldBe(phase);
        clock.Due.ShouldBe(DateOnly.Parse(due));
        clock.DaysLeft.ShouldBe(daysLeft);
    }

    [Fact]
    public async Task A_notice_goes_from_filing_to_an_approved_decision_with_an_information_request_and_an_extension()
    {
        Clock.Set(Monday);
        var id = await File();
        var filed = await Case(id);
        filed.Status.ShouldBe(NotificationStatus.Filed);
        ClockShouldBe(filed.Clock, ClockPhase.Acceptance, "2027-03-15", 10); // 10 business days (800.501(i))
        filed.AllowedActions.ShouldContain(CaseAction.Accept);

        await Send<CaseChanged>(id, "officer-1", "assignment", new AssignCase(id, null, null));
        var changed = await Send<CaseChanged>(id, "officer-1", "acceptance", new AcceptNotification(id));
        var accepted = await Case(id);
        accepted.Version.ShouldBe(changed.Version);
        accepted.ReceiptNumber.ShouldNotBeNull().ShouldStartWith("US-20270301-");
        ClockShouldBe(accepted.Clock, ClockPhase.Review, "2027-04-15", 45); // 45th day after acceptance (800.503(b))

        var requested = await Send<InformationRequestSent>(id, "officer-1", "information-requests", new RequestInformation(id, "Who controls Corporation A's parent?"));
        var withRequest = await InvestorCase(id);
        withRequest.InformationRequests.Single().Due.ShouldBe(new DateOnly(2027, 3, 4)); // 3 business days (800.504)
        withRequest.AllowedActions.ShouldContain(CaseAction.ProvideInformation);

        Clock.Advance(TimeSpan.FromDays(2));
        await Send<CaseChanged>(id, "investor-a", $"information-requests/{requested.RequestId}/response",
            new AnswerInformationRequest(id, requested.RequestId, "The State Investment Fund holds 40%."));
        ClockShouldBe((await Case(id)).Clock, ClockPhase.Review, "2027-04-15", 43); // CFIUS does not toll for information (800.604)

        await Send<CaseChanged>(id, "officer-1", "investigation", new OpenInvestigation(id, "Critical technology and a state-linked holder."));
        // 45 days after 15 April is Sunday 30 May; Monday 31 May is Memorial Day: the investigation ends Tuesday 1 June (800.508(a)).
        ClockShouldBe((await Case(id)).Clock, ClockPhase.Investigation, "2027-06-01", 90);

        await Send<CaseChanged>(id, "officer-1", "investigation/extension", new ExtendInvestigation(id, "Force majeure at the lead agency."));
        ClockShouldBe((await Case(id)).Clock, ClockPhase.InvestigationExtension, "2027-06-16", 105);

        await Send<CaseChanged>(id, "officer-1", "decision-proposal",
            new ProposeDecision(id, DecisionKind.ClearedWithMitigation, "Risk mitigable by access controls.", ["No access to source code"]));
        var (status, problem) = await Act(id, "officer-1", "decision-proposal/approval", new ApproveDecision(id, DecisionKind.ClearedWithMitigation, ["No access to source code"]));
        status.ShouldBe(HttpStatusCode.Conflict);
        problem.Deserialize<ProblemDetails>(JsonSerializerOptions.Web)!.Detail.ShouldNotBeNull().ShouldContain("four eyes");

        (status, problem) = await Act(id, "officer-2", "decision-proposal/approval", new ApproveDecision(id, DecisionKind.ClearedWithMitigation, ["No access to source code"]));
        status.ShouldBe(HttpStatusCode.Conflict);
        problem.Deserialize<ProblemDetails>(JsonSerializerOptions.Web)!.Detail.ShouldNotBeNull().ShouldContain("agreement is signed");
        await SignedAgreement(id);

        await Send<CaseChanged>(id, "officer-2", "decision-proposal/approval", new ApproveDecision(id, DecisionKind.ClearedWithMitigation, ["No access to source code"]));
        var closed = await Case(id);
        closed.Status.ShouldBe(NotificationStatus.Closed);
        closed.Outcome.ShouldBe(CaseOutcome.ClearedWithMitigation);
        // Issue 15: it closes on what both sides signed (the agreement's version 1), not on the proposal's wording.
        closed.Conditions.ShouldBe(["Quarterly report"]);
        closed.ClosedOnAgreementVersion.ShouldBe(1);
        closed.Clock.ShouldBeNull();

        var history = (await (await As("auditor-1", s => s.Get.Url($"/api/notifications/{id}/history"))).ReadAsJsonAsync<CaseHistoryEntry[]>())!;
        history.Select(h => h.EventType).ShouldContain("decision_approved");
        history.Last().EventType.ShouldBe("notification_closed");
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
            Act(id, "officer-2", "decision-proposal/approval", new { decision = "cleared" }, version),
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
                     "/api/notifications/{id}/council-opinion",
                 })
            document.ShouldContain($"\"{route}\"");
    }
}
