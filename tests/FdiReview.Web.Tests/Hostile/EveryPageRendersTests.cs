using System.Reflection;
using Alba;
using FdiReview.Web.Identity;
using FdiReview.Web.Seeding;
using FdiReview.Web.Tests.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace FdiReview.Web.Tests.Hostile;

/// <summary>
/// Issue 14, finding 3: over the demo record (every state the seed reaches, an agreement in force), every page of the
/// app renders for every demo user: it answers 200, or sends them to sign-in or the access-denied page, never 5xx.
/// The stored streams are then folded and their pages read by the check every test ends with.
/// </summary>
public class EveryPageRendersTests(AppFixture app) : CaseApiTest(app)
{
    /// <summary>Every routable page, from the components' own route templates, so a new page is included.</summary>
    private static readonly string[] Templates = typeof(Program).Assembly.GetTypes()
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template))
        .Distinct().Order().ToArray();

    [Fact]
    public async Task Finding_3_every_page_renders_for_every_user_over_the_seeded_record()
    {
        await ActivatorUtilities.CreateInstance<DemoSeed>(Host.Services).StartAsync(CancellationToken.None);
        await using var query = Store.QuerySession();
        var notifications = await query.AdvancedSql.QueryAsync<Guid>($"select id from {App.Schema}.mt_streams where type = 'notification'", CancellationToken.None);
        var agreements = await query.AdvancedSql.QueryAsync<Guid>($"select id from {App.Schema}.mt_streams where type = 'mitigation_agreement'", CancellationToken.None);
        notifications.Count.ShouldBeGreaterThan(10);
        agreements.ShouldNotBeEmpty();
        Templates.ShouldContain("/console/queue");

        var failures = new List<string>();
        foreach (var template in Templates)
        foreach (var url in Urls(template, notifications, agreements))
        foreach (var user in DemoUsers.All)
        {
            var status = (await GetAs(user.UserId, url)).Context.Response.StatusCode;
            if (status is not (200 or 302 or 403 or 404)) failures.Add($"{user.UserId} GET {url}: {status}");
        }
        failures.ShouldBeEmpty();
    }

    private static IEnumerable<string> Urls(string template, IReadOnlyList<Guid> notifications, IReadOnlyList<Guid> agreements)
    {
        if (!template.Contains('{')) return [template];
        var ids = template.StartsWith("/agreements") ? agreements : notifications;
        return ids.Select(id => System.Text.RegularExpressions.Regex.Replace(template, @"\{[^}]+\}", id.ToString()));
    }
}
