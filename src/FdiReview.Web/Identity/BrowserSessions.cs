using System.Security.Claims;
using Marten;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace FdiReview.Web.Identity;

/// <summary>
/// A browser's sign-in is a session with an id, carried in the cookie. Signing out records the id as signed out
/// in the database, so a copy of the cookie taken before sign-out is refused: at once by the node that signed it
/// out, by the others within <see cref="RecheckAfter"/>. Open consoles lose their sign-in at the next revalidation.
/// </summary>
/// <remarks>
/// Every request with the cookie (pages, the circuit, each static file) is validated, so a node remembers an
/// answer for a short while instead of asking the database each time.
/// </remarks>
public static class BrowserSessions
{
    public const string SessionClaim = "sid";
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromHours(8);

    private static string Key(string id) => $"fdireview.session:{id}";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Events.OnSigningIn = context =>
        {
            if (context.Principal?.Identity is ClaimsIdentity identity && identity.FindFirst(SessionClaim) is null)
                identity.AddClaim(new Claim(SessionClaim, Guid.NewGuid().ToString("N")));
            return Task.CompletedTask;
        };
        options.Events.OnValidatePrincipal = async context =>
        {
            if (await IsCurrent(context.Principal, context.HttpContext.RequestServices, context.HttpContext.RequestAborted))
                return;
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        };
    }

    /// <summary>A cookie session that has an id and was not signed out.</summary>
    public static async Task<bool> IsCurrent(ClaimsPrincipal? principal, IServiceProvider services, CancellationToken cancellation)
    {
        if (principal?.FindFirst(SessionClaim)?.Value is not { Length: > 0 } id) return false;
        var cache = services.GetRequiredService<IMemoryCache>();
        if (cache.TryGetValue(Key(id), out bool known)) return known;
        var current = await services.GetRequiredService<IQuerySession>().LoadAsync<SignedOutSession>(id, cancellation) is null;
        cache.Set(Key(id), current, current ? RecheckAfter : CookieLifetime);
        return current;
    }

    public static void MapSignOut(this WebApplication app) =>
        app.MapPost("/account/sign-out", async (HttpContext context, IAntiforgery antiforgery, IDocumentStore store, IMemoryCache cache, TimeProvider time) =>
        {
            // No form field is bound here, so nothing validates the token unless this does: another site could
            // otherwise sign a user out.
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The sign-out form has expired",
                    detail: "Reload the page and sign out again.");
            if (context.User.FindFirst(SessionClaim)?.Value is { Length: > 0 } id)
            {
                await using var session = store.LightweightSession();
                session.Store(new SignedOutSession { Id = id, UserId = context.User.ToActor()?.UserId, SignedOutAt = time.GetUtcNow() });
                await session.SaveChangesAsync(context.RequestAborted);
                cache.Set(Key(id), false, CookieLifetime);
            }
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/sign-in");
        }).AllowAnonymous();
}

/// <summary>A browser session that was signed out: its cookie is no longer accepted.</summary>
public sealed class SignedOutSession
{
    public string Id { get; set; } = "";
    public string? UserId { get; set; }
    public DateTimeOffset SignedOutAt { get; set; }
}

/// <summary>An open console checks every minute that its browser session was not signed out elsewhere.</summary>
public sealed class RevalidatingSessionState(ILoggerFactory logs, IServiceScopeFactory scopes) : RevalidatingServerAuthenticationStateProvider(logs)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellation)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await BrowserSessions.IsCurrent(state.User, scope.ServiceProvider, cancellation);
    }
}
