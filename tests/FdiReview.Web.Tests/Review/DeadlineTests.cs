using FdiReview.Domain.Notifications;
using FdiReview.Web.Review;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Tracking;

namespace FdiReview.Web.Tests.Review;

/// <summary>Deadlines are durable scheduled Wolverine messages that append their event when they fire, even after a restart.</summary>
public class DeadlineTests(AppFixture app) : CaseApiTest(app)
{
    private async Task<IReadOnlyList<object>> EventsOf(Guid id)
    {
        await using var session = Store.QuerySession();
        return (await session.Events.FetchStreamAsync(id)).Select(e => e.Data).ToList();
    }

    [Fact]
    public async Task A_FEFTA_waiting_period_that_has_ended_fires_and_lets_the_investment_proceed()
    {
        // Filed and accepted in January: the 30-day waiting period (Art. 27(2)) ended long before the real today.
        Clock.Set(new DateTimeOffset(2026, 1, 5, 1, 0, 0, TimeSpan.Zero));
        var id = Guid.Empty;
        await Fired<ClockDeadline>(await Tracked(async () => id = await File(Notice("fefta")))); // the acceptance period ends first
        (await EventsOf(id)).OfType<ClockPhaseElapsed>().ShouldHaveSingleItem();

        await Fired<ClockDeadline>(await Tracked(() => Ok(id, "officer-1", "acceptance", new { })));

        var events = await EventsOf(id);
        events.OfType<WaitingPeriodElapsed>().Single().Due.ShouldBe(new DateOnly(2026, 2, 3));
        events.OfType<NotificationClosed>().Single().Outcome.ShouldBe(CaseOutcome.InvestmentMayProceed);
        (await Read(id))["status"]!.GetValue<string>().ShouldBe("closed");
    }

    [Fact]
    public async Task A_pending_deadline_still_fires_after_the_host_restarts()
    {
        Clock.Set(new DateTimeOffset(2027, 3, 1, 1, 0, 0, TimeSpan.Zero));
        var id = await File(Notice("fefta"));
        await Ok(id, "officer-1", "acceptance", new { });
        var key = $"WaitingPeriod:{(await Read(id))["clock"]!["due"]!.GetValue<string>()}";

        // The same message the app schedules for the end of the period, due in a few seconds.
        var scheduled = System.Diagnostics.Stopwatch.StartNew();
        using (var scope = Host.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().ScheduleAsync(new ClockDeadline(id, key), TimeSpan.FromSeconds(10));
        await App.RestartHost();
        // The old host stopped before the deadline was due, so only the new one can have fired it.
        scheduled.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));

        await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(90)).WaitForMessageToBeReceivedAt<ClockDeadline>(Host)
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ => Task.CompletedTask));
        (await EventsOf(id)).OfType<NotificationClosed>().Single().Outcome.ShouldBe(CaseOutcome.InvestmentMayProceed);
    }
}
