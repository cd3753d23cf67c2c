using FdiReview.Domain;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using FdiReview.Web.Identity;
using FdiReview.Web.Queue;
using FdiReview.Web.Review;
using Marten;
using Wolverine.Marten;

namespace FdiReview.Web.Seeding;

/// <summary>
/// Development only, and only when <c>FdiReview:SeedDemoData</c> is true: files a dozen realistic
/// notifications from both demo investors into an empty store, through the same decisions as real work,
/// and takes some of them through the review so every stage has an example.
/// </summary>
public sealed class DemoSeed(IServiceScopeFactory scopes, CaseCommands cases, Mitigation.AgreementCommands agreements, TimeProvider time,
    ILogger<DemoSeed> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var check = scopes.CreateAsyncScope())
        {
            await using var query = check.ServiceProvider.GetRequiredService<IDocumentStore>().QuerySession();
            if (await query.Query<NotificationSummary>().AnyAsync(cancellationToken)) return;
        }

        var now = time.GetUtcNow();
        var filings = DemoFilings.All;
        var ids = new List<Guid>();
        for (var i = 0; i < filings.Count; i++)
        {
            var (userId, facts) = filings[i];
            // Spread over the past weeks so the queue looks like an agency's.
            ids.Add(await File(DemoUsers.Find(userId)!, facts, now.AddDays(-(filings.Count - i) * 2).AddHours(-i), cancellationToken));
        }

        foreach (var (index, steps) in Script)
            foreach (var (user, decide) in steps)
            {
                var actor = DemoUsers.Find(user)!;
                await using var scope = scopes.CreateAsyncScope();
                await using var query = scope.ServiceProvider.GetRequiredService<IDocumentStore>().QuerySession();
                var version = (int)((await query.Events.FetchStreamStateAsync(ids[index], cancellationToken))?.Version ?? 0);
                var result = await cases.Run(ids[index], version, actor, (n, at) => decide(n, actor, at), cancellationToken);
                if (!result.Succeeded) logger.LogWarning("Demo step on filing {Index} refused: {Message}", index, result.Message);
            }
        await Mitigate(ids[6], cancellationToken);
        logger.LogInformation("Seeded {Count} demo notifications", filings.Count);
    }

    /// <summary>Filing 6 is cleared with mitigation: its agreement is drafted, signed by both, and the decision approved.</summary>
    private async Task Mitigate(Guid notificationId, CancellationToken cancellation)
    {
        var officer = DemoUsers.Find("officer-2")!;
        var investor = DemoUsers.Find("investor-b")!;
        var agreementId = Guid.CreateVersion7();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IDocumentStore>().LightweightSession();
            await using var _ = session;
            var organization = (await session.LoadAsync<Notification>(notificationId, cancellation))!.Organization;
            session.Events.StartStream<Domain.Mitigation.MitigationAgreement>(agreementId, [.. Domain.Mitigation.MitigationAgreement.Draft(agreementId, notificationId, organization,
            [
                new("source-code", Domain.Mitigation.ConditionType.RestrictNonpublicTechnicalInformation, "No access to cell-chemistry source code"),
                new("security-officer", Domain.Mitigation.ConditionType.ApprovedSecurityOfficer, "U.S.-citizen security officer approved by the agency"),
                new("reports", Domain.Mitigation.ConditionType.PeriodicComplianceReport, "Quarterly compliance report", EveryMonths: 3),
            ], officer, time.GetUtcNow())]);
            await session.SaveChangesAsync(cancellation);
        }
        foreach (var signer in new[] { officer, investor })
            await agreements.Run(agreementId, signer, (a, at, today) => a.Sign(1, signer, at, today), cancellation);
        await using var queryScope = scopes.CreateAsyncScope();
        await using var query = queryScope.ServiceProvider.GetRequiredService<IDocumentStore>().QuerySession();
        var version = (int)((await query.Events.FetchStreamStateAsync(notificationId, cancellation))?.Version ?? 0);
        var supervisor = DemoUsers.Find("supervisor-1")!;
        await cases.Run(notificationId, version, supervisor, (n, at) => n.ApproveDecision(supervisor, at), cancellation);
    }

    private async Task<Guid> File(Actor investor, TransactionFacts facts, DateTimeOffset filedAt, CancellationToken cancellation)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        var session = outbox.Session!;
        var id = Guid.CreateVersion7();
        var filed = Notification.File(id, facts, investor, filedAt, cases.Screening, cases.Clocks);
        IReadOnlyList<object> events = [.. filed, .. cases.Prioritise(filed, filedAt, Domain.Priority.InvestorHistory.None)];
        session.LastModifiedBy = investor.UserId;
        session.Events.StartStream<Notification>(id, [.. events]);
        await Deadlines.Schedule(outbox, id, facts.Regime ?? Regime.Firrma, events);
        await session.SaveChangesAsync(cancellation);
        return id;
    }

    private delegate IReadOnlyList<object> Step(Notification notification, Actor actor, DateTimeOffset at);

    /// <summary>Which demo filings go how far, and who does what.</summary>
    private static readonly (int Filing, (string User, Step Decide)[] Steps)[] Script =
    [
        (0, [
            ("officer-1", (n, a, at) => n.Assign(a, a, null, at)),
            ("officer-1", (n, a, at) => n.Accept(a, at)),
            ("officer-1", (n, a, at) => n.RequestInformation(Guid.CreateVersion7(), "Identify every holder of 10% or more in Harbour Lane Semiconductor Fund's general partner.", a, at)),
        ]),
        (10, [
            ("officer-1", (n, a, at) => n.Assign(a, a, null, at)),
            ("officer-1", (n, a, at) => n.Accept(a, at)),
            ("officer-1", (n, a, at) => n.OpenInvestigation("Control of a robotics supplier to defence programmes.", a, at)),
        ]),
        (1, [("officer-2", (n, a, at) => n.Accept(a, at))]),
        (2, [("officer-1", (n, a, at) => n.ReturnIncomplete(["Data inventory: number of U.S. individuals whose health data is held"], a, at))]),
        (3, [
            ("officer-2", (n, a, at) => n.Assign(a, a, null, at)),
            ("officer-2", (n, a, at) => n.Accept(a, at)),
            ("officer-2", (n, a, at) => n.ExtendReview("Core-sector water utility; the investor's parent is state-owned.", a, at)),
            ("officer-2", (n, a, at) => n.RequestConsultation(Guid.CreateVersion7(), "Ministry of Land, Infrastructure, Transport and Tourism", "Is the target's supply area critical?", a, at)),
        ]),
        (5, [
            ("officer-2", (n, a, at) => n.Accept(a, at)),
            ("officer-2", (n, a, at) => n.ProposeDecision(DecisionKind.Cleared, "Non-designated sector; no national-security concern.", [], a, at)),
        ]),
        (6, [
            ("supervisor-1", (n, a, at) => n.Assign(DemoUsers.Find("officer-2")!, a, null, at)),
            ("officer-2", (n, a, at) => n.Accept(a, at)),
            ("officer-2", (n, a, at) => n.ProposeDecision(DecisionKind.ClearedWithMitigation, "Battery technology risk is mitigable.",
                ["No access to cell-chemistry source code", "U.S.-citizen security officer approved by the agency", "Annual third-party audit"], a, at)),
        ]),
    ];

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
