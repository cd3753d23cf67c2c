using System.Net;
using Alba;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using FdiReview.Web.Queue;
using Marten;
using Wolverine.Http;

namespace FdiReview.Web.Tests.Intake;

/// <summary>Filing screens the facts; corrected facts are screened again as new events.</summary>
public class ScreeningAtFilingTests(AppFixture app) : ApiTest(app)
{
    private async Task<Guid> File()
    {
        var result = await As("investor-a", s =>
        {
            s.Post.Json(Filings.Valid()).ToUrl("/api/notifications");
            s.StatusCodeShouldBe(HttpStatusCode.Created);
        });
        return (await result.ReadAsJsonAsync<CreationResponse<Guid>>())!.Value;
    }

    private static object Correction(decimal after, string? reason = "The stake is larger than first filed.") => new
    {
        facts = new
        {
            regime = "firrma",
            parties = new[] { new { id = "A", name = "Corporation A", kind = "corporation", nationality = "CN" } },
            investor = "A",
            target = new { id = "B", name = "Corporation B", country = "US", usBusiness = true, tid = new { criticalTechnologies = true } },
            transaction = new { votingPercentAfter = after, rights = new { boardObserver = true } },
        },
        reason,
    };

    [Fact]
    public async Task Filing_records_the_determination_with_its_findings()
    {
        var id = await File();

        await using var session = Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(id);
        var screened = events[1].Data.ShouldBeOfType<ScreeningCompleted>();
        screened.Determination.CoveredTransaction.ShouldBe(CoveredTransaction.CoveredInvestment);
        screened.Determination.Findings.ShouldAllBe(f => f.Rule.Length > 0 && f.Citation.Length > 0);
        (await session.LoadAsync<NotificationSummary>(id))!.Filing.ShouldBe(Filing.Voluntary);
    }

    [Fact]
    public async Task A_correction_is_screened_again_as_a_new_event_and_the_queue_follows()
    {
        var id = await File();

        var result = await As("investor-a", s =>
        {
            s.Post.Json(Correction(60)).ToUrl($"/api/notifications/{id}/corrections");
            s.StatusCodeShouldBeOk();
        });

        (await result.ReadAsJsonAsync<Determination>())!.CoveredTransaction.ShouldBe(CoveredTransaction.CoveredControlTransaction);
        await using var session = Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(id);
        events.Select(e => e.Data.GetType().Name).ShouldBe(["NotificationFiled", "ScreeningCompleted", "ClockPhaseStarted", "PriorityAssessed",
            "NotificationFactsCorrected", "ScreeningCompleted", "PriorityAssessed"]);
        ((ScreeningCompleted)events[1].Data).Determination.Control.Conferred.ShouldBeFalse();
        (await session.LoadAsync<Notification>(id))!.Determination!.Control.Conferred.ShouldBeTrue();
    }

    [Fact]
    public async Task A_correction_without_a_reason_is_a_400_and_changes_nothing()
    {
        var id = await File();
        await As("investor-a", s =>
        {
            s.Post.Json(Correction(60, reason: null)).ToUrl($"/api/notifications/{id}/corrections");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
        await using var session = Store.QuerySession();
        (await session.Events.FetchStreamAsync(id)).Count.ShouldBe(4);
    }

    [Fact]
    public async Task Another_investor_cannot_correct_and_learns_nothing()
    {
        var id = await File();
        await As("investor-b", s =>
        {
            s.Post.Json(Correction(60)).ToUrl($"/api/notifications/{id}/corrections");
            s.StatusCodeShouldBe(HttpStatusCode.NotFound);
        });
        await As("auditor-1", s =>
        {
            s.Post.Json(Correction(60)).ToUrl($"/api/notifications/{id}/corrections");
            s.StatusCodeShouldBe(HttpStatusCode.Forbidden);
        });
    }
}
