using Microsoft.AspNetCore.Authentication;

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

        app.MapSignOut();
    }
}
