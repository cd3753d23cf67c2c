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
        var filed = Notification.File(id, SampleFacts.Firrma(), Investor, Now);

        filed.NotificationId.ShouldBe(id);
        filed.FiledBy.ShouldBe(Investor);
        filed.Organization.ShouldBe("harbour-lane");
        filed.FiledAt.ShouldBe(Now);

        var state = Notification.Create(filed);
        state.Status.ShouldBe(NotificationStatus.Filed);
        state.Facts.Target!.Name.ShouldBe("Corporation B");
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
    public void Investors_see_only_their_organisations_notifications_and_the_agency_sees_all()
    {
        Notification.IsVisibleTo("harbour-lane", Investor).ShouldBeTrue();
        Notification.IsVisibleTo("rhein", Investor).ShouldBeFalse();
        Notification.IsVisibleTo("rhein", new Actor("officer-1", "K. Sato", Roles.Officer)).ShouldBeTrue();
        Notification.IsVisibleTo("rhein", new Actor("auditor-1", "D. Reyes", Roles.Auditor)).ShouldBeTrue();
    }
}
