using FdiReview.Domain.Notifications;
using FdiReview.Web.Identity;
using FdiReview.Web.Queue;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Screening;
using Marten;

namespace FdiReview.Web.Seeding;

/// <summary>
/// Development only, and only when <c>FdiReview:SeedDemoData</c> is true: files a dozen realistic
/// notifications from both demo investors into an empty store, through the same decision as a real filing.
/// </summary>
public sealed class DemoSeed(IDocumentStore store, TimeProvider time, ScreeningOptions options, ClockRules clocks, ILogger<DemoSeed> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (await session.Query<NotificationSummary>().AnyAsync(cancellationToken)) return;

        var now = time.GetUtcNow();
        var filings = DemoFilings.All;
        for (var i = 0; i < filings.Count; i++)
        {
            var (userId, facts) = filings[i];
            var investor = DemoUsers.Find(userId)!;
            var id = Guid.CreateVersion7();
            session.LastModifiedBy = investor.UserId;
            // Spread over the past weeks so the queue looks like an agency's.
            var filedAt = now.AddDays(-(filings.Count - i) * 2).AddHours(-i);
            session.Events.StartStream<Notification>(id, [.. Notification.File(id, facts, investor, filedAt, options, clocks)]);
            await session.SaveChangesAsync(cancellationToken);
        }
        logger.LogInformation("Seeded {Count} demo notifications", filings.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class DemoSeedSetup
{
    public static void AddDemoSeed(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment() && builder.Configuration.GetValue<bool>("FdiReview:SeedDemoData"))
            builder.Services.AddHostedService<DemoSeed>();
    }
}
