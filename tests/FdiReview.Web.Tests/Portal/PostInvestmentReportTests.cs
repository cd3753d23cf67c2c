using System.Net;
using FdiReview.Web.Tests.Review;

namespace FdiReview.Web.Tests.Portal;

/// <summary>FEFTA J23: an exempted acquisition is reported within 45 days after execution; the period is enforced.</summary>
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
    public async Task The_report_is_accepted_within_45_days_of_execution_and_refused_after()
    {
        Clock.Set(new DateTimeOffset(2027, 3, 1, 1, 0, 0, TimeSpan.Zero));
        var late = await File(Exempt);
        var (status, problem) = await Act(late, "investor-a", "post-investment-report", new { executedOn = "2027-01-14", report = "5% bought on the market." });
        status.ShouldBe(HttpStatusCode.Conflict);
        problem!["detail"]!.GetValue<string>().ShouldContain("ended on 2027-02-28");

        var onTime = await File(Exempt);
        (await Act(onTime, "investor-a", "post-investment-report", new { executedOn = "2027-03-01", report = "5% bought on the market on 1 March." })).Status.ShouldBe(HttpStatusCode.OK);
        (await Act(onTime, "investor-a", "post-investment-report", new { executedOn = "2027-01-15", report = "Again." })).Status.ShouldBe(HttpStatusCode.Conflict);
        (await Read(onTime, "investor-a"))["postInvestmentReport"]!["due"]!.GetValue<string>().ShouldBe("2027-04-15");
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
