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

    /// <summary>
    /// Japanese with dates in the era (令和8年12月2日): a formatting culture under a name no browser sends (a browser's
    /// <c>ja-JP</c> keeps the Western year), read by <see cref="RegimeTime.InEra"/>. It keeps the Gregorian calendar, so
    /// date pickers and parsing are unchanged; the words stay Japanese (<c>uic=ja</c>).
    /// </summary>
    public const string JapaneseWithEra = RegimeTime.EraCulture;

    public static void AddLanguages(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(English).AddSupportedUICultures(All);
            options.SupportedCultures = [CultureInfo.GetCultureInfo(English), CultureInfo.GetCultureInfo(Japanese), CultureInfo.GetCultureInfo(JapaneseWithEra)];
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
                    Remember(context.HttpContext, settings.Language, settings.Era);
            };
        });
    }

    /// <summary>Sets the culture cookie: a year, this site only, never read by script. The era applies to Japanese only.</summary>
    public static void Remember(HttpContext context, string language, bool era = false) =>
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(era && language == Japanese ? JapaneseWithEra : language, language)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps, Path = "/",
            });
}
