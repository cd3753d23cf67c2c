using FdiReview.Domain;
using FdiReview.Domain.Mitigation;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using FdiReview.Web.Identity;
using FdiReview.Web.Mitigation.Drafting;
using FdiReview.Web.Mitigation.Signing;
using FdiReview.Web.Queue;
using FdiReview.Web.Review;
using FdiReview.Web.Review.Accepting;
using FdiReview.Web.Review.Assigning;
using FdiReview.Web.Review.Consulting;
using FdiReview.Web.Review.Deciding;
using FdiReview.Web.Review.ExtendingTheReview;
using FdiReview.Web.Review.Investigating;
using FdiReview.Web.Review.RequestingInformation;
using FdiReview.Web.Review.Returning;
using Marten;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Wolverine;
using Wolverine.Marten;

namespace FdiReview.Web.Seeding;

/// <summary>
/// Development only, and only when <c>FdiReview:SeedDemoData</c> is true: files a dozen realistic
/// notifications from both demo investors into an empty store, spread over the past three days so the queue looks
/// like an agency's, then takes some of them through the review in the last hours with the same commands the console
/// sends, each as its demo user. The app's clock (<see cref="DemoClock"/>) stands at each step's moment while it
/// happens, so every event's time agrees with the dates its case shows, and no deadline falls due before the present.
/// </summary>
public sealed class DemoSeed(IServiceScopeFactory scopes, CaseRules rules, ILogger<DemoSeed> logger, TimeProvider time) : IHostedService
{
    /// <summary>Filings this far apart, the newest this long ago: every acceptance period (5 business days at the least) is still running.</summary>
    private static readonly TimeSpan FilingInterval = TimeSpan.FromHours(6);
    /// <summary>Review steps this far apart, ending a little before the present.</summary>
    private static readonly TimeSpan StepInterval = TimeSpan.FromMinutes(10);

    /// <summary>Stands the clock at a step's moment, where the app's clock is the demo's.</summary>
    private void At(DateTimeOffset moment) => (time as DemoClock)?.Set(moment);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var check = scopes.CreateAsyncScope())
        {
            await using var query = check.ServiceProvider.GetRequiredService<IDocumentStore>().QuerySession();
            if (await query.Query<NotificationSummary>().AnyAsync(cancellationToken)) return;
        }

        var now = rules.Now;
        var filings = DemoFilings.All;
        var ids = new List<Guid>();
        try
        {
            for (var i = 0; i < filings.Count; i++)
            {
                var (userId, facts) = filings[i];
                var filedAt = now - FilingInterval * (filings.Count - i);
                At(filedAt);
                ids.Add(await File(DemoUsers.Find(userId)!, facts, filedAt, cancellationToken));
            }

            // The review steps, in the order they happened, all after the newest filing.
            var steps = Script.SelectMany(s => s.Steps.Select(step => (Id: ids[s.Filing], step.User, step.Command))).ToList();
            var moment = now - StepInterval * (steps.Count + MitigationSteps + 1);
            foreach (var (id, user, command) in steps)
            {
                At(moment += StepInterval);
                await Step(id, command, DemoUsers.Find(user)!, cancellationToken);
            }
            await Mitigate(ids[6], () => At(moment += StepInterval), cancellationToken);
        }
        finally
        {
            (time as DemoClock)?.Set(null);
        }
        logger.LogInformation("Seeded {Count} demo notifications", filings.Count);
    }

    private const int MitigationSteps = 4;

    /// <summary>Filing 6 is cleared with mitigation: its agreement is drafted, signed by both, and the decision approved.</summary>
    private async Task Mitigate(Guid notificationId, Action next, CancellationToken cancellation)
    {
        var officer = DemoUsers.Find("officer-2")!;
        next();
        var drafted = await Step<AgreementDraftStarted>(notificationId, (n, v) => new DraftAgreement(n,
        [
            new("source-code", ConditionType.RestrictNonpublicTechnicalInformation, "No access to cell-chemistry source code"),
            new("security-officer", ConditionType.ApprovedSecurityOfficer, "U.S.-citizen security officer approved by the agency"),
            new("reports", ConditionType.PeriodicComplianceReport, "Quarterly compliance report", EveryMonths: 3),
        ], v), officer, cancellation);
        if (drafted is null) return;
        foreach (var signer in new[] { officer, DemoUsers.Find("investor-b")! })
        {
            next();
            await Step(drafted.AgreementId, (a, v) => new SignAgreement(a, 1, v), signer, cancellation);
        }
        next();
        await Step(notificationId, (n, v) => new ApproveDecision(n, DecisionKind.ClearedWithMitigation, MitigationConditions, v), DemoUsers.Find("supervisor-1")!, cancellation);
    }

    private Task Step(Guid id, Command command, Actor actor, CancellationToken cancellation) => Step<object>(id, command, actor, cancellation);

    /// <summary>One step on the version just read; one that finds the record moved on reads it again and decides anew, as an officer would.</summary>
    private async Task<T?> Step<T>(Guid id, Command command, Actor actor, CancellationToken cancellation) where T : class
    {
        for (var attempt = 1; ; attempt++)
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
                var next = command(id, await VersionOf(id, cancellation));
                if (typeof(T) == typeof(object))
                {
                    await bus.SendAs(next, actor, cancellation);
                    return null;
                }
                return await bus.SendAs<T>(next, actor, cancellation);
            }
            catch (Exception stale) when (stale is Infrastructure.VersionRefusal or JasperFx.ConcurrencyException && attempt < 5)
            {
            }
            catch (DomainRefusal refusal)
            {
                logger.LogWarning("Demo step on {Id} refused: {Message}", id, refusal.Message);
                return null;
            }
    }

    private async Task<int> VersionOf(Guid streamId, CancellationToken cancellation)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var query = scope.ServiceProvider.GetRequiredService<IDocumentStore>().QuerySession();
        return (int)((await query.Events.FetchStreamStateAsync(streamId, cancellation))?.Version ?? 0);
    }

    /// <summary>Demo filings are back-dated, which no command allows, so the seed starts their streams itself.</summary>
    private async Task<Guid> File(Actor investor, TransactionFacts facts, DateTimeOffset filedAt, CancellationToken cancellation)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        var session = outbox.Session!;
        var id = Guid.CreateVersion7();
        var events = Notification.FiledAndPrioritised(Notification.File(id, facts, investor, filedAt, rules.Screening, rules.Clocks),
            filedAt, rules.Screening.Priority, Domain.Priority.InvestorHistory.None);
        session.LastModifiedBy = investor.UserId;
        session.Events.StartStream<Notification>(id, [.. events]);
        foreach (var (deadline, at) in Deadlines.Of(id, facts.Regime ?? Regime.Firrma, events)) await outbox.ScheduleAsync(deadline, at);
        await session.SaveChangesAsync(cancellation);
        return id;
    }

    private delegate object Command(Guid id, int version);

    /// <summary>Which demo filings go how far, and who does what.</summary>
    private static readonly (int Filing, (string User, Command Command)[] Steps)[] Script =
    [
        (0, [
            ("officer-1", (n, v) => new AssignCase(n, null, null, v)),
            ("officer-1", (n, v) => new AcceptNotification(n, v)),
            ("officer-1", (n, v) => new RequestInformation(n, "Identify every holder of 10% or more in Harbour Lane Semiconductor Fund's general partner.", v)),
        ]),
        (10, [
            ("officer-1", (n, v) => new AssignCase(n, null, null, v)),
            ("officer-1", (n, v) => new AcceptNotification(n, v)),
            ("officer-1", (n, v) => new OpenInvestigation(n, "Control of a robotics supplier to defence programmes.", v)),
        ]),
        (1, [("officer-2", (n, v) => new AcceptNotification(n, v))]),
        (2, [("officer-1", (n, v) => new ReturnIncomplete(n, ["Data inventory: number of U.S. individuals whose health data is held"], v))]),
        (3, [
            ("officer-2", (n, v) => new AssignCase(n, null, null, v)),
            ("officer-2", (n, v) => new AcceptNotification(n, v)),
            ("officer-2", (n, v) => new ExtendReview(n, "Core-sector water utility; the investor's parent is state-owned.", v)),
            ("officer-2", (n, v) => new RequestConsultation(n, "Ministry of Land, Infrastructure, Transport and Tourism", "Is the target's supply area critical?", v)),
        ]),
        (5, [
            ("officer-2", (n, v) => new AcceptNotification(n, v)),
            ("officer-2", (n, v) => new ProposeDecision(n, DecisionKind.Cleared, "Non-designated sector; no national-security concern.", [], v)),
        ]),
        (6, [
            ("supervisor-1", (n, v) => new AssignCase(n, "officer-2", null, v)),
            ("officer-2", (n, v) => new AcceptNotification(n, v)),
            ("officer-2", (n, v) => new ProposeDecision(n, DecisionKind.ClearedWithMitigation, "Battery technology risk is mitigable.", MitigationConditions, v)),
        ]),
    ];

    private static readonly string[] MitigationConditions =
        ["No access to cell-chemistry source code", "U.S.-citizen security officer approved by the agency", "Annual third-party audit"];

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class DemoSeedSetup
{
    public static void AddDemoSeed(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() || !builder.Configuration.GetValue<bool>("FdiReview:SeedDemoData")) return;
        // One clock for the commands and for the events' stored timestamps, so the seed can stand it at each step.
        var clock = new DemoClock();
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        builder.Services.ConfigureMarten(options => options.Events.TimeProvider = clock);
        builder.Services.AddHostedService<DemoSeed>();
    }
}
