using System.Net;
using FdiReview.Web.Tests.Review;

namespace FdiReview.Web.Tests.Portal;

/// <summary>FEFTA J23, N3, N4: an exempted acquisition is reported within 45 days after execution (rolled off holidays); a late report is recorded as late.</summary>
public class PostInvestmentReportTests(AppFixture app) : CaseApiTest(app)
{
    private static object Exempt => new
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
    public async Task FEFTA_N3_N4_the_45th_day_on_a_holiday_moves_to_the_next_working_day_and_a_late_report_is_recorded_as_late()
    {
        Clock.Set(new DateTimeOffset(2027, 3, 1, 1, 0, 0, TimeSpan.Zero));
        // Executed 14 January: the 45th day is Sunday 28 February, so the report is due on Monday 1 March — on time today.
        var moved = await File(Exempt);
        (await Act(moved, "investor-a", "post-investment-report", new { executedOn = "2027-01-14", report = "5% bought on the market." })).Status.ShouldBe(HttpStatusCode.OK);
        var report = (await Read(moved, "investor-a"))["postInvestmentReport"]!;
        report["due"]!.GetValue<string>().ShouldBe("2027-03-01");
        report["daysOverdue"]!.GetValue<int>().ShouldBe(0);
        report["dueNote"]!.GetValue<string>().ShouldContain("Moved from 2027-02-28, an administrative holiday");

        // Executed 10 January: due Wednesday 24 February; filed 1 March it is accepted, five days late.
        var late = await File(Exempt);
        (await Act(late, "investor-a", "post-investment-report", new { executedOn = "2027-01-10", report = "5% bought on the market." })).Status.ShouldBe(HttpStatusCode.OK);
        (await Read(late, "investor-a"))["postInvestmentReport"]!["daysOverdue"]!.GetValue<int>().ShouldBe(5);
        (await Act(late, "investor-a", "post-investment-report", new { executedOn = "2027-01-15", report = "Again." })).Status.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_filing_that_needs_prior_notification_has_no_post_investment_report_yet()
    {
        var id = await File(Notice("fefta"));
        var (status, problem) = await Act(id, "investor-a", "post-investment-report", new { executedOn = "2026-11-01", report = "Done." });
        status.ShouldBe(HttpStatusCode.Conflict);
        problem!["detail"]!.GetValue<string>().ShouldContain("exempted acquisition");
    }
}
