using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace FdiReview.Web.Identity;

/// <summary>Sign-in through the identity provider and sign-out, in every environment.</summary>
public static class AccountEndpoints
{
    public static void MapAccount(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.MapGet("/account/sign-in", (string? returnUrl) =>
                Results.Challenge(new AuthenticationProperties
                {
                    RedirectUri = DevSignIn.LocalPath(returnUrl) ?? "/",
                }, [SignInSetup.OidcScheme])).AllowAnonymous();

        app.MapPost("/account/sign-out", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/sign-in");
        }); // the form carries an antiforgery token: another site cannot sign a user out
    }
}
