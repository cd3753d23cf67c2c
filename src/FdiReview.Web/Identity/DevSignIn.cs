using System.Security.Claims;
using FdiReview.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FdiReview.Web.Identity;

/// <summary>
/// Development-only ways in: the demo sign-in form posts here, and scripts ask for bearer tokens.
/// None of these routes is mapped outside Development.
/// </summary>
public static class DevSignIn
{
    public sealed record TokenRequest(string? User);
    public sealed record TokenResponse(string Token, string User, string Role, DateTimeOffset ExpiresAt);

    public static void MapDevSignIn(this WebApplication app)
    {
        app.MapPost("/account/dev-sign-in", async (HttpContext context, [FromForm] string? user, [FromForm] string? returnUrl) =>
        {
            var actor = DemoUsers.Find(user);
            if (actor is null) return Results.Redirect("/sign-in?error=unknown-user");
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                actor.ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme));
            return Results.LocalRedirect(SafeReturnUrl(returnUrl, actor));
        }).AllowAnonymous(); // the form carries an antiforgery token

        // Tokens live in real time, whatever clock the case work runs on.
        app.MapPost("/api/dev/tokens", (TokenRequest? request, IConfiguration config) =>
        {
            var actor = DemoUsers.Find(request?.User);
            if (actor is null)
                return Results.ValidationProblem(
                    new Dictionary<string, string[]> { ["user"] = [$"Unknown demo user. Use one of: {string.Join(", ", DemoUsers.All.Select(u => u.UserId))}."] },
                    title: "No such demo user");
            var expires = TimeProvider.System.GetUtcNow().AddHours(8);
            var principal = actor.ToPrincipal("dev-token");
            var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = SignInSetup.DevIssuer,
                Audience = SignInSetup.DevAudience,
                Subject = (ClaimsIdentity)principal.Identity!,
                Expires = expires.UtcDateTime,
                SigningCredentials = new SigningCredentials(SignInSetup.DevSigningKey(config), SecurityAlgorithms.HmacSha256),
            });
            return Results.Ok(new TokenResponse(token, actor.UserId, actor.Role, expires));
        }).AllowAnonymous();
    }

    /// <summary>Where a user lands after sign-in: the page they asked for, else their role's home.</summary>
    public static string SafeReturnUrl(string? returnUrl, Actor actor) => LocalPath(returnUrl) ?? HomeOf(actor);

    /// <summary>
    /// A path on this site, or null: it starts with one '/', names no other host ('//', '/\\') and has no control
    /// characters (a TAB or CRLF would let a browser read another host, or the redirect fail).
    /// </summary>
    public static string? LocalPath(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//") && !url.StartsWith("/\\") && !url.Any(char.IsControl)
        && Uri.IsWellFormedUriString(url, UriKind.Relative)
            ? url
            : null;

    public static string HomeOf(Actor actor) => actor.Role == Roles.Investor ? "/portal" : "/console/queue";
}
