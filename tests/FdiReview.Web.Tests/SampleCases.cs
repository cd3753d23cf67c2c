using System.Text.Json;
using FdiReview.Domain;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Priority;
using FdiReview.Domain.Screening;
using FdiReview.Web.Review;
using FdiReview.Web.Tests.Intake;

namespace FdiReview.Web.Tests;

/// <summary>Cases folded from their events in memory, for tests of handlers and components that need no database.</summary>
public static class SampleCases
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);
    public static readonly Actor Officer = new("officer-1", "Kenji Sato", Roles.Officer);
    public static readonly Actor Investor = new("investor-a", "Li Wei", Roles.Investor, "harbour-lane-capital");
    public static readonly CaseRules Rules = new(new FixedTime(Monday), ClockRules.Default, ScreeningOptions.Default);

    /// <summary>A FIRRMA notice filed by investor-a three days before <see cref="Monday"/>, at the version its events give it.</summary>
    public static Notification Filed()
    {
        var facts = JsonSerializer.SerializeToElement(Filings.Valid(), JsonSerializerOptions.Web).GetProperty("facts")
            .Deserialize<TransactionFacts>(JsonSerializerOptions.Web)!;
        var events = Rules.Filed(Notification.File(Guid.NewGuid(), facts, Investor, Monday.AddDays(-3), Rules.Screening, Rules.Clocks), InvestorHistory.None);
        var notification = Notification.Create((NotificationFiled)events[0]).Include(events.Skip(1));
        notification.Version = events.Count;
        return notification;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
