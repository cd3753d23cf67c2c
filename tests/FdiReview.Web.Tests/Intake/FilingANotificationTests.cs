using System.Net;
using Alba;
using FdiReview.Domain.Notifications;
using FdiReview.Web.Intake;
using FdiReview.Web.Queue;
using Marten;
using Wolverine.Http;

namespace FdiReview.Web.Tests.Intake;

public class FilingANotificationTests(AppFixture app) : ApiTest(app)
{
    private async Task<Guid> File(string user = "investor-a", string target = "Corporation B")
    {
        var result = await As(user, s =>
        {
            s.Post.Json(Filings.Valid(target)).ToUrl("/api/notifications");
            s.StatusCodeShouldBe(HttpStatusCode.Created);
        });
        var created = await result.ReadAsJsonAsync<CreationResponse<Guid>>();
        result.Context.Response.Headers.Location.ToString().ShouldBe($"/api/notifications/{created!.Value}");
        return created.Value;
    }

    [Fact]
    public async Task A_filing_starts_a_stream_with_NotificationFiled_recording_the_investor()
    {
        var id = await File();

        await using var session = Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(id);
        var filed = events[0];
        filed.Data.ShouldBeOfType<NotificationFiled>().FiledBy.UserId.ShouldBe("investor-a");
        filed.UserName.ShouldBe("investor-a");
        filed.CorrelationId.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task The_value_of_the_investment_is_recorded_with_the_filing_and_read_back()
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Filings.Valid())!.AsObject();
        body["value"] = new System.Text.Json.Nodes.JsonObject { ["amount"] = 25_000_000, ["currency"] = "JPY" };
        var created = await (await As("investor-a", s =>
        {
            s.Post.Json(body).ToUrl("/api/notifications");
            s.StatusCodeShouldBe(HttpStatusCode.Created);
        })).ReadAsJsonAsync<CreationResponse<Guid>>();

        var notification = await (await As("investor-a", s => s.Get.Url($"/api/notifications/{created!.Value}"))).ReadAsJsonAsync<Notification>();
        notification!.Value.ShouldBe(new InvestmentValue(25_000_000, "JPY"));
    }

    [Fact]
    public async Task The_investor_reads_their_notification_back_with_the_facts()
    {
        var id = await File();

        var result = await As("investor-a", s => s.Get.Url($"/api/notifications/{id}"));

        var notification = await result.ReadAsJsonAsync<Notification>();
        notification!.Status.ShouldBe(NotificationStatus.Filed);
        notification.Facts.Target!.Name.ShouldBe("Corporation B");
        notification.Facts.Target.Tid.CriticalTechnologies.ShouldBeTrue();
    }

    [Fact]
    public async Task Officers_see_every_filing_in_the_queue_and_investors_only_their_own()
    {
        await File("investor-a", "Alpha Inc.");
        await File("investor-b", "Beta Inc.");

        var officer = await (await As("officer-1", s => s.Get.Url("/api/notifications?sortBy=targetName&descending=false")))
            .ReadAsJsonAsync<QueuePage>();
        officer!.Total.ShouldBe(2);
        officer.Items.Select(i => i.TargetName).ShouldBe(["Alpha Inc.", "Beta Inc."]);

        var investor = await (await As("investor-b", s => s.Get.Url("/api/notifications"))).ReadAsJsonAsync<InvestorFilingsPage>();
        investor!.Items.ShouldHaveSingleItem().TargetName.ShouldBe("Beta Inc.");
    }

    [Fact]
    public async Task Another_investors_notification_is_answered_404()
    {
        var id = await File("investor-a");

        await As("investor-b", s =>
        {
            s.Get.Url($"/api/notifications/{id}");
            s.StatusCodeShouldBe(HttpStatusCode.NotFound);
            s.ContentTypeShouldBe("application/problem+json");
        });
    }

    [Fact]
    public async Task An_anonymous_call_is_answered_401_with_problem_details()
    {
        await Host.Scenario(s =>
        {
            s.Get.Url("/api/notifications");
            s.StatusCodeShouldBe(HttpStatusCode.Unauthorized);
            s.ContentTypeShouldBe("application/problem+json");
        });
    }

    [Fact]
    public async Task An_officer_may_not_file()
    {
        await As("officer-1", s =>
        {
            s.Post.Json(Filings.Valid()).ToUrl("/api/notifications");
            s.StatusCodeShouldBe(HttpStatusCode.Forbidden);
        });
    }

    [Fact]
    public async Task The_history_shows_who_filed_and_when()
    {
        var id = await File();

        var history = await (await As("officer-1", s => s.Get.Url($"/api/notifications/{id}/history")))
            .ReadAsJsonAsync<List<CaseHistoryEntry>>();

        history.Count.ShouldBe(4);
        var entry = history[0];
        entry.EventType.ShouldBe("notification_filed");
        entry.UserId.ShouldBe("investor-a");
        entry.ActorRole.ShouldBe("Investor");
        entry.Summary.ShouldContain("Corporation B");
    }

    [Fact]
    public async Task Investors_read_only_the_public_part_of_their_own_cases_history()
    {
        var id = await File();
        var history = System.Text.Json.Nodes.JsonNode.Parse((await As("investor-a", s => s.Get.Url($"/api/notifications/{id}/history"))).ReadAsText())!.AsArray();
        var types = history.Select(e => e!["eventType"]!.GetValue<string>()).ToList();
        types.ShouldContain("notification_filed");
        types.ShouldNotContain("screening_completed");
        types.ShouldNotContain("priority_assessed");
        await As("investor-b", s =>
        {
            s.Get.Url($"/api/notifications/{id}/history");
            s.StatusCodeShouldBe(HttpStatusCode.NotFound);
        });
    }
}
