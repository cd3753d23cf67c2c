using FdiReview.Domain.Notifications;
using FdiReview.Web.Queue;
using JasperFx;
using JasperFx.Core;
using Wolverine.ErrorHandling;
using JasperFx.CodeGeneration;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Weasel.Core;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace FdiReview.Web.Infrastructure;

/// <summary>Marten as the event store and read-model database; Wolverine for commands, HTTP and the outbox.</summary>
public static class EventStoreSetup
{
    public static void AddFdiEventStore(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var schema = DatabaseSettings.Schema(config);

        builder.Services.AddMarten(opts =>
            {
                opts.Connection(DatabaseSettings.ConnectionString(config));
                opts.DatabaseSchemaName = schema;
                opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                // Who, why and in what conversation: auditors replay these with every event.
                opts.Events.MetadataConfig.EnableAll();
                opts.Events.MetadataConfig.UserNameEnabled = true; // not part of EnableAll

                // The high-water mark holds at a gap while a transaction that could fill it is alive (the
                // defaults, stated because the audit chain's sealer relies on them: it seals only below it).
                opts.Projections.UseTransactionEvidenceForGapSkipping = true;
                opts.Projections.SkipStaleGapsDespiteLiveTransactionsAfter = null;

                opts.Projections.Snapshot<Notification>(SnapshotLifecycle.Inline);
                opts.Projections.Snapshot<FdiReview.Domain.Mitigation.MitigationAgreement>(SnapshotLifecycle.Inline);
                opts.Projections.Add<NotificationSummaryProjection>(ProjectionLifecycle.Inline);
                QueueIndexes.Configure(opts);
                opts.Storage.ExtendedSchemaObjects.Add(Audit.AuditChainTable.For(schema));
                // Statistics are read rarely and may lag a moment: kept by the async daemon, off the filing path.
                opts.Projections.Add<Statistics.CaseStatisticProjection>(ProjectionLifecycle.Async);
            })
            .UseLightweightSessions()
            // The audit chain's table is not touched through a session, so nothing would create it lazily.
            .ApplyAllDatabaseChangesOnStartup()
            .AddAsyncDaemon(DaemonMode.HotCold)
            .IntegrateWithWolverine();

        builder.Host.UseWolverine(opts =>
        {
            opts.ApplicationAssembly = typeof(EventStoreSetup).Assembly;
            opts.Policies.AutoApplyTransactions();
            opts.Policies.UseDurableLocalQueues();
            opts.Policies.UseDurableOutboxOnAllSendingEndpoints();
            opts.EnableRelayOfUserName = true;
            // A deadline racing an officer's command retries against the new version of the case.
            opts.OnException<ConcurrencyException>().RetryWithCooldown(50.Milliseconds(), 100.Milliseconds(), 250.Milliseconds());
            opts.UseRuntimeCompilation();
            // Generated at start-up; pre-generating it for production is a later step.
            opts.CodeGeneration.TypeLoadMode = TypeLoadMode.Dynamic;
        });

        builder.Services.AddWolverineHttp();
        builder.Services.AddSingleton(TimeProvider.System);
    }
}
