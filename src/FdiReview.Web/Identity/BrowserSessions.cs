using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace FdiReview.Web.Identity;

/// <summary>
/// A browser's sign-in is a session with an id, carried in the cookie. Signing out records the id as signed out
/// in the database, so a copy of the cookie taken before sign-out is refused by every node, and open consoles
/// in other tabs lose their sign-in at the next revalidation.
/// </summary>
public static class BrowserSessions
{
    public const string SessionClaim = "sid";

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
            if (await IsCurrent(context.Principal, context.HttpContext.RequestServices.GetRequiredService<IQuerySession>(), context.HttpContext.RequestAborted))
                return;
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        };
    }

    /// <summary>A cookie session that has an id and was not signed out.</summary>
    public static async Task<bool> IsCurrent(ClaimsPrincipal? principal, IQuerySession session, CancellationToken cancellation) =>
        principal?.FindFirst(SessionClaim)?.Value is { Length: > 0 } id
        && await session.LoadAsync<SignedOutSession>(id, cancellation) is null;

    public static void MapSignOut(this WebApplication app) =>
        app.MapPost("/account/sign-out", async (HttpContext context, IAntiforgery antiforgery, IDocumentStore store, TimeProvider time) =>
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
        return await BrowserSessions.IsCurrent(state.User, scope.ServiceProvider.GetRequiredService<IQuerySession>(), cancellation);
    }
}
