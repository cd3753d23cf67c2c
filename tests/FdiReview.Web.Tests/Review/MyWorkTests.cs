using System.Net;
using FdiReview.Domain;
using FdiReview.Web.Audit;
using FdiReview.Web.Identity;
using FdiReview.Web.Queue;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace FdiReview.Web.Tests.Review;

/// <summary>
/// Issue 15, item 5: an officer's day — proposals that the four-eyes rule leaves to them, and what moved on their
/// cases since they last looked.
/// </summary>
public class MyWorkTests(AppFixture app) : CaseApiTest(app)
{
    private async Task<MyWorkView> WorkOf(string user) =>
        (await (await As(user, s => s.Get.Url("/api/my-work"))).ReadAsJsonAsync<MyWorkView>())!;

    [Fact]
    public async Task A_proposal_awaits_the_approval_of_another_officer_never_of_its_proposer()
    {
        var id = await File();
        await Ok(id, "officer-1", "acceptance", new { });
        await Ok(id, "officer-1", "decision-proposal", new { decision = "cleared", reasons = "No risk.", conditions = Array.Empty<string>() });

        (await WorkOf("officer-1")).AwaitingMyApproval.ShouldNotContain(w => w.CaseId == id);
        var awaiting = (await WorkOf("supervisor-1")).AwaitingMyApproval.Single(w => w.CaseId == id);
        awaiting.What.ShouldContain("proposed by Kenji Sato");
        awaiting.Href.ShouldBe($"/console/notifications/{id}");
        await As("auditor-1", s => { s.Get.Url("/api/my-work"); s.StatusCodeShouldBe(HttpStatusCode.Forbidden); });
    }

    [Fact]
    public async Task An_answer_needs_the_assigned_officers_attention_until_they_open_the_case()
    {
        var id = await File();
        await Ok(id, "officer-1", "assignment", new { });
        await Ok(id, "officer-1", "acceptance", new { });
        var request = (await Ok(id, "officer-1", "information-requests", new { questions = "Who holds the GP?" }))!["requestId"]!.GetValue<Guid>();
        await Ok(id, "investor-a", $"information-requests/{request}/response", new { response = "A family trust." });

        (await WorkOf("officer-1")).NeedsAttention.ShouldContain(w => w.CaseId == id && w.What.Contains("answered an information request"));
        (await WorkOf("officer-2")).NeedsAttention.ShouldNotContain(w => w.CaseId == id); // not their case

        using (var scope = Host.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().SendAs(new RecordPageOpened(id, "case"), DemoUsers.Find("officer-1")!);
        (await WorkOf("officer-1")).NeedsAttention.ShouldNotContain(w => w.CaseId == id);
    }

    [Fact]
    public async Task An_overdue_period_on_an_officers_case_needs_attention()
    {
        Clock.Set(new DateTimeOffset(2027, 3, 1, 15, 0, 0, TimeSpan.Zero));
        var id = await File();
        await Ok(id, "officer-1", "assignment", new { });
        Clock.Set(new DateTimeOffset(2027, 6, 1, 15, 0, 0, TimeSpan.Zero));

        (await WorkOf("officer-1")).NeedsAttention.ShouldContain(w => w.CaseId == id && w.What.StartsWith("Acceptance period overdue since"));
    }
}
