using FdiReview.Domain.Notifications;
using FdiReview.Domain.Tests.Screening;

namespace FdiReview.Domain.Tests.Notifications;

public class NotificationFilingTests
{
    private static readonly Actor Investor = new("investor-a", "Li Wei", Roles.Investor, "harbour-lane");
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Filing_records_the_facts_the_investor_and_the_organisation()
    {
        var id = Guid.NewGuid();
        var events = Notification.File(id, SampleFacts.Firrma(), Investor, Now);
        var filed = events[0].ShouldBeOfType<NotificationFiled>();

        filed.NotificationId.ShouldBe(id);
        filed.FiledBy.ShouldBe(Investor);
        filed.Organization.ShouldBe("harbour-lane");
        filed.FiledAt.ShouldBe(Now);

        var state = Notification.Create(filed);
        state.Status.ShouldBe(NotificationStatus.Filed);
        state.Facts.Target!.Name.ShouldBe("Corporation B");
    }

    [Fact]
    public void Filing_screens_the_facts_at_once()
    {
        var events = Notification.File(Guid.NewGuid(), SampleFacts.Firrma(), Investor, Now);

        var screened = events[1].ShouldBeOfType<ScreeningCompleted>();
        screened.Trigger.ShouldBe("filed");
        screened.Determination.Filing.ShouldBe(FdiReview.Domain.Screening.Filing.NotRequired);
        screened.Determination.Findings.ShouldNotBeEmpty();
    }

    [Fact]
    public void Corrected_facts_are_screened_again_as_a_new_event_with_the_reason()
    {
        var id = Guid.NewGuid();
        var notification = Notification.Create((NotificationFiled)Notification.File(id, SampleFacts.Firrma(), Investor, Now)[0]);
        var majority = SampleFacts.Firrma() with { Transaction = new FdiReview.Domain.Screening.Transaction { VotingPercentAfter = 60 } };

        var events = notification.CorrectFacts(majority, Investor, "The stake is 60%, not 13%.", Now.AddHours(1));

        events[0].ShouldBeOfType<NotificationFactsCorrected>().Reason.ShouldBe("The stake is 60%, not 13%.");
        var screened = events[1].ShouldBeOfType<ScreeningCompleted>();
        screened.Trigger.ShouldBe("facts-corrected");
        screened.Determination.Control.Conferred.ShouldBeTrue();
    }

    [Fact]
    public void A_correction_needs_a_reason_and_a_right_to_make_it()
    {
        var notification = Notification.Create((NotificationFiled)Notification.File(Guid.NewGuid(), SampleFacts.Firrma(), Investor, Now)[0]);
        Should.Throw<DomainRefusal>(() => notification.CorrectFacts(SampleFacts.Firrma(), Investor, " ", Now));
        Should.Throw<DomainRefusal>(() => notification.CorrectFacts(SampleFacts.Firrma(), new Actor("investor-b", "B", Roles.Investor, "rhein"), "typo", Now));
        Should.Throw<DomainRefusal>(() => notification.CorrectFacts(SampleFacts.Firrma(), new Actor("auditor-1", "A", Roles.Auditor), "typo", Now));
    }

    [Theory]
    [InlineData(Roles.Officer, "agency")]
    [InlineData(Roles.Investor, null)]
    public void Only_an_investor_acting_for_an_organisation_may_file(string role, string? organization)
    {
        Should.Throw<DomainRefusal>(() =>
            Notification.File(Guid.NewGuid(), SampleFacts.Firrma(), new Actor("u", "U", role, organization), Now));
    }

    [Fact]
    public void Incomplete_facts_are_refused_naming_the_fields()
    {
        var refusal = Should.Throw<DomainRefusal>(() =>
            Notification.File(Guid.NewGuid(), SampleFacts.Firrma() with { Target = null }, Investor, Now));
        refusal.Message.ShouldContain("target");
    }

    [Fact]
    public void Investors_see_only_the_notifications_they_take_part_in_and_the_agency_sees_all()
    {
        var notification = Notification.Create((NotificationFiled)Notification.File(Guid.NewGuid(), SampleFacts.Firrma(), Investor, Now)[0]);
        notification.IsVisibleTo(Investor).ShouldBeTrue();
        notification.IsVisibleTo(new Actor("investor-a2", "Colleague", Roles.Investor, "harbour-lane")).ShouldBeFalse();
        notification.IsVisibleTo(new Actor("investor-b", "Other", Roles.Investor, "rhein")).ShouldBeFalse();
        notification.IsVisibleTo(new Actor("officer-1", "K. Sato", Roles.Officer)).ShouldBeTrue();
        notification.IsVisibleTo(new Actor("auditor-1", "D. Reyes", Roles.Auditor)).ShouldBeTrue();
    }
}
