using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Priority;
using static FdiReview.Domain.Tests.Notifications.Case;

namespace FdiReview.Domain.Tests.Notifications;

/// <summary>The deadline rules the law states (fdi-rules §6, N1–N5).</summary>
public class StatedDeadlineTests
{
    /// <summary>Friday 4 December 2026 in New York at the given local hour and minute (EST, UTC−5).</summary>
    private static DateTimeOffset FridayNewYork(int hour, int minute = 0) => new(2026, 12, 4, hour + 5, minute, 0, TimeSpan.Zero);

    [Fact]
    public void CFR_800_406_a_3_a_declarations_follow_up_is_due_in_2_business_days_and_a_notices_in_3_800_504()
    {
        var declaration = Filed(kind: SubmissionKind.Declaration);
        declaration.Then(n => n.RequestInformation(Guid.NewGuid(), "Who controls the fund?", Officer, MondayNewYork));
        declaration.State().InformationRequests.Single().Due.ShouldBe(new DateOnly(2026, 3, 4));

        var notice = Filed(kind: SubmissionKind.Notice);
        notice.Then(n => n.RequestInformation(Guid.NewGuid(), "Who controls the fund?", Officer, MondayNewYork));
        notice.State().InformationRequests.Single().Due.ShouldBe(new DateOnly(2026, 3, 5));
    }

    [Fact]
    public void CFR_800_203_a_filing_received_after_5_pm_Eastern_counts_as_received_the_next_business_day()
    {
        var onTime = Filed(at: FridayNewYork(17));
        onTime.State().Clock!.Start.ShouldBe(new DateOnly(2026, 12, 4));
        onTime.State().Clock!.Note.ShouldBeNull();

        var late = Filed(at: FridayNewYork(17, 1));
        var clock = late.State().Clock!;
        clock.Start.ShouldBe(new DateOnly(2026, 12, 7));
        clock.Note.ShouldNotBeNull().ShouldContain("counts as received on the next business day, 2026-12-07");
        clock.Due.ShouldBe(UnitedStatesCalendar.Instance.AddBusinessDays(new DateOnly(2026, 12, 7), 10));
    }

    [Fact]
    public void CFR_800_203_a_filing_on_a_Saturday_counts_as_received_on_Monday()
    {
        var saturday = Filed(at: new DateTimeOffset(2026, 12, 5, 15, 0, 0, TimeSpan.Zero));
        saturday.State().Clock!.Start.ShouldBe(new DateOnly(2026, 12, 7));
    }

    [Fact]
    public void FEFTA_Art_27_a_notification_has_no_cut_off_and_counts_from_the_day_it_arrives_in_Tokyo()
    {
        var evening = Filed(Fefta, new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));   // 21:00 JST
        evening.State().Clock!.Start.ShouldBe(new DateOnly(2026, 3, 2));
    }

    [Fact]
    public void Administrative_Holidays_Act_Art_2_the_reply_to_a_recommendation_moves_off_the_year_end_closure()
    {
        // Recommendation issued on 23 December 2026 (JST): the 10th day counted from it is 1 January 2027, in the
        // year-end closure, so the reply is due on Monday 4 January.
        var issued = new DateTimeOffset(2026, 12, 23, 1, 0, 0, TimeSpan.Zero);
        var history = Filed(Fefta, issued.AddDays(-10));
        history.Then(n => n.Accept(Officer, issued.AddDays(-10)));
        history.Then(n => n.RecordCouncilOpinion(n.AcceptedOn, "A risk to the core technology.", Officer, issued));
        history.Then(n => n.ProposeDecision(DecisionKind.Recommendation, "Risk.", [], Officer, issued));
        history.Then(n => n.ApproveAsProposed(SecondOfficer, issued));
        var clock = history.State().Clock!;
        clock.Due.ShouldBe(new DateOnly(2027, 1, 4));
        clock.Note.ShouldBe("Moved from 2027-01-01, an administrative holiday (the year-end closure, 29 Dec – 3 Jan).");
    }

    [Fact]
    public void FEFTA_J12_the_waiting_period_is_a_prohibition_and_does_not_move()
    {
        // Accepted 3 December 2026: day 30 is Friday 1 January 2027, in the year-end closure — it stays there.
        var history = Filed(Fefta, new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero));
        history.Then(n => n.Accept(Officer, new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero)));
        history.State().Clock!.Due.ShouldBe(new DateOnly(2027, 1, 1));
        history.State().Clock!.Note.ShouldBeNull();
    }

    private static List<object> Exempt(DateTimeOffset at) =>
        [.. Notification.File(Guid.NewGuid(), Tests.Screening.Facts.Fefta(5, Domain.Screening.FeftaSector.Designated, commitments: Tests.Screening.Facts.Basic), Investor, at)];

    [Fact]
    public void FEFTA_Art_55_5_and_Administrative_Holidays_Act_the_post_investment_report_due_on_a_Sunday_is_due_on_Monday()
    {
        var history = Exempt(new DateTimeOffset(2027, 1, 14, 1, 0, 0, TimeSpan.Zero));
        var report = history.Then(n => n.FilePostInvestmentReport(new DateOnly(2027, 1, 14), "Bought.", 45, Investor,
            new DateTimeOffset(2027, 3, 1, 1, 0, 0, TimeSpan.Zero))).Single().ShouldBeOfType<PostInvestmentReportFiled>();
        report.Due.ShouldBe(new DateOnly(2027, 3, 1));
        report.DaysOverdue.ShouldBe(0);
        report.DueNote.ShouldBe("Moved from 2027-02-28, an administrative holiday (Sunday).");
    }

    [Fact]
    public void FEFTA_N4_a_late_post_investment_report_is_recorded_with_the_days_overdue_never_refused()
    {
        var history = Exempt(new DateTimeOffset(2027, 1, 10, 1, 0, 0, TimeSpan.Zero));
        var report = history.Then(n => n.FilePostInvestmentReport(new DateOnly(2027, 1, 10), "Bought.", 45, Investor,
            new DateTimeOffset(2027, 3, 1, 1, 0, 0, TimeSpan.Zero))).Single().ShouldBeOfType<PostInvestmentReportFiled>();
        report.Due.ShouldBe(new DateOnly(2027, 2, 24));
        report.DaysOverdue.ShouldBe(5);
    }

    [Fact]
    public void FEFTA_N4_late_reports_count_in_the_investors_record()
    {
        var priority = CasePriority.Assess(null, null, new InvestorHistory(LatePostInvestmentReports: 1), new Domain.Screening.PriorityWeights());
        priority.Factors.ShouldContain(f => f.Factor == "investor-history-late-reports" && f.Reason.Contains("late"));
    }

    [Fact]
    public void FEFTA_Art_27_N5_a_recommendation_needs_the_Councils_opinion_first()
    {
        var history = Filed(Fefta, Monday);
        history.Then(n => n.Accept(Officer, Monday));
        Should.Throw<DomainRefusal>(() => history.State().ProposeDecision(DecisionKind.Recommendation, "Risk.", [], Officer, Monday))
            .Message.ShouldContain("関税・外国為替等審議会");
        Should.Throw<DomainRefusal>(() => history.State().RecordCouncilOpinion(new DateOnly(2026, 3, 1), "Before acceptance.", Officer, Monday));
        Should.Throw<DomainRefusal>(() => history.State().RecordCouncilOpinion(new DateOnly(2026, 3, 2), " ", Officer, Monday));
        Should.Throw<DomainRefusal>(() => history.State().RecordCouncilOpinion(new DateOnly(2026, 3, 2), "Opinion.", Investor, Monday));

        var heard = history.Then(n => n.RecordCouncilOpinion(new DateOnly(2026, 3, 2), "A recommendation to limit the stake is advised.", Officer, Monday));
        heard.Single().ShouldBeOfType<CouncilOpinionRecorded>().HeardOn.ShouldBe(new DateOnly(2026, 3, 2));
        history.Then(n => n.ProposeDecision(DecisionKind.Recommendation, "Risk.", [], Officer, Monday)).Single().ShouldBeOfType<DecisionProposed>();
    }

    [Fact]
    public void FEFTA_Art_27_the_Council_is_heard_on_FEFTA_cases_only()
    {
        var history = Filed();
        history.Then(n => n.Accept(Officer, MondayNewYork));
        Should.Throw<DomainRefusal>(() => history.State().RecordCouncilOpinion(new DateOnly(2026, 3, 2), "Opinion.", Officer, MondayNewYork));
    }
}
