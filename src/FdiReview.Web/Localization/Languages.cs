using FdiReview.Domain;
using System.Globalization;
using FdiReview.Web.Identity;
using Marten;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;

namespace FdiReview.Web.Localization;

/// <summary>
/// The product's languages, English and Japanese. The language of a request is the culture cookie's, else the
/// browser's Accept-Language, else English; a signed-in person's choice is kept in their settings and put back in
/// the cookie each time they sign in, on any browser.
/// </summary>
public static class Languages
{
    public const string English = "en";
    public const string Japanese = "ja";
    public static readonly string[] All = [English, Japanese];

    /// <summary>Each language named in itself, as the switch offers it.</summary>
    public static string Endonym(string language) => language == Japanese ? "日本語" : "English";

    public static bool IsJapanese => Glossary.InJapanese;

    public static void AddLanguages(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(English).AddSupportedCultures(All).AddSupportedUICultures(All);
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
            options.ApplyCurrentCultureToResponseHeaders = true; // Content-Language
        });
        builder.Services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            var signedIn = options.Events.OnSignedIn;
            options.Events.OnSignedIn = async context =>
            {
                await signedIn(context);
                if (context.Principal?.ToActor() is { } actor &&
                    await context.HttpContext.RequestServices.GetRequiredService<IQuerySession>().LoadAsync<PersonalSettings>(actor.UserId) is { } settings)
                    Remember(context.HttpContext, settings.Language);
            };
        });
    }

    /// <summary>Sets the culture cookie: a year, this site only, never read by script.</summary>
    public static void Remember(HttpContext context, string language) =>
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps, Path = "/",
            });
}
