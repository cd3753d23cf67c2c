using System.Collections.Concurrent;
using System.Text;
using Alba;
using FdiReview.Domain.Mitigation;
using FdiReview.Domain.Notifications;
using Marten;

namespace FdiReview.Web.Tests;

/// <summary>
/// Issue 14, finding 3: a case page must never fail on stored events. After each test every stream it left folds
/// from its events to the state Marten keeps, and every API read and page over it answers 200 to its readers:
/// the agency, the auditor and the filing's admin.
/// </summary>
public abstract partial class ApiTest
{
    private static readonly ConcurrentDictionary<string, string> Tokens = new();

    /// <summary>
    /// Set by tests that rewrite stored events behind Marten's back (the audit chain's tamper tests): the fold then
    /// differs from the state Marten kept, which is the point, but every page must still render.
    /// </summary>
    protected virtual bool TampersWithTheRecord => false;

    protected async Task EveryStoredStreamFoldsAndRenders()
    {
        await using var query = Store.QuerySession();
        var streams = await query.AdvancedSql.QueryAsync<string>(
            $"select id::text || ' ' || coalesce(type, '') from {App.Schema}.mt_streams order by id", CancellationToken.None);
        var failures = new StringBuilder();
        foreach (var row in streams)
        {
            var (id, type) = (Guid.Parse(row[..36]), row[37..]);
            try
            {
                if (type == "notification") await NotificationRenders(query, id, failures);
                else if (type == "mitigation_agreement") await AgreementRenders(query, id, failures);
            }
            catch (Exception e)
            {
                failures.AppendLine($"{type} {id}: {e.GetType().Name}: {e.Message}");
            }
        }
        failures.ToString().ShouldBeEmpty("every stored stream folds and every page over it renders");
    }

    private async Task NotificationRenders(IQuerySession query, Guid id, StringBuilder failures)
    {
        var folded = await query.Events.AggregateStreamAsync<Notification>(id);
        var kept = await query.LoadAsync<Notification>(id);
        if (folded is null || kept is null || (!TampersWithTheRecord && (folded.Version != kept.Version || folded.Status != kept.Status)))
            failures.AppendLine($"notification {id}: folds to {folded?.Status} v{folded?.Version}, Marten keeps {kept?.Status} v{kept?.Version}");
        var admin = folded?.Participants.FirstOrDefault(p => p.Role == ParticipantRole.Admin)?.UserId;
        var reads = new List<(string User, string Url)>
        {
            ("officer-1", $"/api/notifications/{id}"), ("officer-1", $"/api/notifications/{id}/history"),
            ("auditor-1", $"/api/notifications/{id}/as-of?version=1"), ("auditor-1", $"/api/notifications/{id}/as-of?version={folded?.Version ?? 1}"),
            ("officer-1", $"/console/notifications/{id}"), ("supervisor-1", $"/console/notifications/{id}"),
            ("auditor-1", $"/console/notifications/{id}"), ("auditor-1", $"/audit/cases/{id}"), ("officer-1", $"/audit/cases/{id}"),
        };
        if (admin is not null && Web.Identity.DemoUsers.Find(admin) is not null)
            reads.AddRange([(admin, $"/api/notifications/{id}"), (admin, $"/api/notifications/{id}/history"), (admin, $"/portal/notifications/{id}")]);
        await ShouldAnswer200(reads, failures);
    }

    private async Task AgreementRenders(IQuerySession query, Guid id, StringBuilder failures)
    {
        var folded = await query.Events.AggregateStreamAsync<MitigationAgreement>(id);
        if (folded is null) failures.AppendLine($"agreement {id}: does not fold");
        var reads = new List<(string User, string Url)> { ("officer-1", $"/api/agreements/{id}"), ("officer-1", $"/agreements/{id}"), ("officer-1", $"/api/agreements/{id}/history") };
        if (folded is not null && await query.Events.AggregateStreamAsync<Notification>(folded.NotificationId) is { } notification
            && notification.Participants.FirstOrDefault(p => p.Role == ParticipantRole.Admin)?.UserId is { } admin && Web.Identity.DemoUsers.Find(admin) is not null)
            reads.AddRange([(admin, $"/api/agreements/{id}"), (admin, $"/agreements/{id}")]);
        await ShouldAnswer200(reads, failures);
    }

    /// <summary>A GET as a demo user, whatever the status; tokens are reused within the host.</summary>
    protected async Task<IScenarioResult> GetAs(string user, string url)
    {
        if (!Tokens.TryGetValue($"{App.Schema}:{user}", out var token)) Tokens[$"{App.Schema}:{user}"] = token = await TokenFor(user);
        return await Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Get.Url(url);
            s.IgnoreStatusCode();
        });
    }

    private async Task ShouldAnswer200(IEnumerable<(string User, string Url)> reads, StringBuilder failures)
    {
        foreach (var (user, url) in reads)
        {
            var result = await GetAs(user, url);
            if (result.Context.Response.StatusCode != 200)
                failures.AppendLine($"{user} GET {url}: {result.Context.Response.StatusCode} {result.ReadAsText()[..Math.Min(300, result.ReadAsText().Length)]}");
        }
    }
}
