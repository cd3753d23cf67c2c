using FdiReview.Domain.Notifications;
using FdiReview.Web.Review;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace FdiReview.Web.Tests.Review;

/// <summary>Deadlines are durable scheduled Wolverine messages that append their event when they fire, even after a restart.</summary>
public class DeadlineTests(AppFixture app) : CaseApiTest(app)
{
    /// <summary>Polls the stream until an event of the type appears: deadlines fire on Wolverine's schedule, not the test's.</summary>
    private async Task<IReadOnlyList<object>> EventuallyHas<T>(Guid id, TimeSpan? within = null)
    {
        var until = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
            var events = (await session.Events.FetchStreamAsync(id)).Select(e => e.Data).ToList();
            if (events.OfType<T>().Any()) return events;
            if (DateTime.UtcNow > until) throw new TimeoutException($"No {typeof(T).Name} on {id}: {string.Join(", ", events.Select(e => e.GetType().Name))}");
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task A_FEFTA_waiting_period_that_has_ended_fires_and_lets_the_investment_proceed()
    {
        // Filed and accepted in January: the 30-day waiting period (Art. 27(2)) ended long before the real today.
        Clock.Set(new DateTimeOffset(2026, 1, 5, 1, 0, 0, TimeSpan.Zero));
        var id = await File(Notice("fefta"));
        await EventuallyHas<ClockPhaseElapsed>(id); // the acceptance period's deadline fires first
        await Ok(id, "officer-1", "acceptance", new { });

        var events = await EventuallyHas<WaitingPeriodElapsed>(id);
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

        var events = await EventuallyHas<WaitingPeriodElapsed>(id, TimeSpan.FromSeconds(90));
        events.OfType<NotificationClosed>().Single().Outcome.ShouldBe(CaseOutcome.InvestmentMayProceed);
    }
}
