using System.Net;
using Alba;

namespace FdiReview.Web.Tests.Localization;

/// <summary>A person's language: the culture cookie, the browser's preference, and the choice kept for them.</summary>
public class LanguageChoiceTests(AppFixture app) : ApiTest(app)
{
    private const string JapaneseCookie = ".AspNetCore.Culture=c%3Dja%7Cuic%3Dja";

    private async Task<IScenarioResult> SignInPage(Action<Scenario> configure) =>
        await Host.Scenario(s => { configure(s); s.Get.Url("/sign-in"); });

    [Fact]
    public async Task A_page_is_in_the_language_of_the_culture_cookie_else_of_the_browser_else_English()
    {
        (await SignInPage(_ => { })).ReadAsText().ShouldContain("<html lang=\"en\"");
        var japanese = await SignInPage(s => s.WithRequestHeader("Cookie", JapaneseCookie));
        japanese.ReadAsText().ShouldContain("<html lang=\"ja\"");
        japanese.Context.Response.Headers.ContentLanguage.ToString().ShouldBe("ja");
        (await SignInPage(s => s.WithRequestHeader("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5"))).ReadAsText().ShouldContain("<html lang=\"ja\"");
        (await SignInPage(s => s.WithRequestHeader("Accept-Language", "fr-FR"))).ReadAsText().ShouldContain("<html lang=\"en\"");
    }

    [Fact]
    public async Task The_switch_sets_the_cookie_and_goes_back_to_the_page_and_never_to_another_site()
    {
        var page = await SignInPage(_ => { });
        var antiforgery = page.Context.Response.Headers.SetCookie.ToString().Split(';')[0];
        foreach (var (returnUrl, expected) in new[] { ("/what-if", "/what-if"), ("//evil.example/x", "/") })
        {
            var switched = await Host.Scenario(s =>
            {
                s.WithRequestHeader("Cookie", antiforgery);
                s.Post.FormData(new Dictionary<string, string>
                {
                    ["language"] = "ja", ["returnUrl"] = returnUrl, ["__RequestVerificationToken"] = FormToken(page.ReadAsText()),
                }).ToUrl("/account/language");
                s.StatusCodeShouldBe(HttpStatusCode.Redirect);
            });
            switched.Context.Response.Headers.Location.ToString().ShouldBe(expected);
            switched.Context.Response.Headers.SetCookie.ToString().ShouldContain(JapaneseCookie);
        }
        // Without the form's token another site cannot switch it.
        await Host.Scenario(s =>
        {
            s.Post.FormData(new Dictionary<string, string> { ["language"] = "ja" }).ToUrl("/account/language");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
    }

    [Fact]
    public async Task A_chosen_language_comes_back_when_the_person_signs_in()
    {
        try
        {
            await As("counsel-a", s => s.Put.Json(new { language = "ja" }).ToUrl("/api/me/language"));
            var signIn = await Host.Scenario(s => s.Get.Url("/sign-in"));
            var antiforgery = signIn.Context.Response.Headers.SetCookie.ToString().Split(';')[0];
            var signedIn = await Host.Scenario(s =>
            {
                s.WithRequestHeader("Cookie", antiforgery);
                s.Post.FormData(new Dictionary<string, string> { ["user"] = "counsel-a", ["__RequestVerificationToken"] = FormToken(signIn.ReadAsText()) })
                    .ToUrl("/account/dev-sign-in");
                s.StatusCodeShouldBe(HttpStatusCode.Redirect);
            });
            signedIn.Context.Response.Headers.SetCookie.ToString().ShouldContain(JapaneseCookie);
        }
        finally
        {
            await As("counsel-a", s => s.Put.Json(new { language = "en" }).ToUrl("/api/me/language"));
        }
    }

    [Fact]
    public async Task A_language_the_product_does_not_offer_is_a_400_naming_the_field()
    {
        var refused = await As("counsel-a", s =>
        {
            s.Put.Json(new { language = "fr" }).ToUrl("/api/me/language");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
        refused.ReadAsText().ShouldContain("language");
    }
}
