using System.Net;
using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FdiReview.Web.Tests.Identity;

public class SignInTests(AppFixture app) : ApiTest(app)
{
    [Fact]
    public async Task A_token_is_issued_only_for_a_demo_user()
    {
        await Host.Scenario(s =>
        {
            s.Post.Json(new { user = "mallory" }).ToUrl("/api/dev/tokens");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
            s.ContentTypeShouldBe("application/problem+json");
        });
    }

    [Fact]
    public async Task An_invalid_bearer_token_is_401()
    {
        await Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", "Bearer not-a-token");
            s.Get.Url("/api/notifications");
            s.StatusCodeShouldBe(HttpStatusCode.Unauthorized);
        });
    }

    [Fact]
    public async Task Pages_send_an_anonymous_browser_to_sign_in()
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url("/console/queue");
            s.StatusCodeShouldBe(HttpStatusCode.Redirect);
        });
        var location = result.Context.Response.Headers.Location.ToString();
        location.ShouldContain("/sign-in");
        location.ShouldContain(Uri.EscapeDataString("/console/queue"));
    }

    /// <summary>The sign-in page's form as a browser sends it: its antiforgery field and the cookie that goes with it.</summary>
    private async Task<(string Cookie, string Token)> SignInForm()
    {
        var page = await Host.Scenario(s => s.Get.Url("/sign-in"));
        var token = System.Text.RegularExpressions.Regex.Match(page.ReadAsText(), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var cookie = page.Context.Response.Headers.SetCookie.ToString().Split(';')[0];
        token.ShouldNotBeNullOrEmpty();
        return (cookie, token);
    }

    /// <summary>Issue 14, finding 13: a signed-in user whose role may not open a page lands on a real page in the app's layout.</summary>
    [Fact]
    public async Task Finding_13_access_denied_is_a_page_in_the_apps_layout_answering_403()
    {
        var cookies = await SignedInCookies("investor-a");
        var refused = await Page(cookies, "/console/queue");
        refused.Context.Response.StatusCode.ShouldBe(302);
        var location = refused.Context.Response.Headers.Location.ToString();
        location.ShouldContain("/forbidden?");

        var page = await Page(cookies, new Uri(new Uri("http://localhost"), location).PathAndQuery);
        page.Context.Response.StatusCode.ShouldBe(403);
        var html = page.ReadAsText();
        html.ShouldContain("You may not open this page");
        html.ShouldContain("Li Wei");
        html.ShouldContain("data-testid=\"signed-in-as\"");
        html.ShouldContain("href=\"/portal\"");
    }

    [Fact]
    public async Task A_sign_in_post_without_the_forms_antiforgery_token_is_refused()
    {
        await Host.Scenario(s =>
        {
            s.Post.FormData(new Dictionary<string, string> { ["user"] = "officer-1" }).ToUrl("/account/dev-sign-in");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
    }

    [Fact]
    public async Task The_dev_sign_in_sets_a_cookie_and_lands_on_the_role_home()
    {
        var (cookie, token) = await SignInForm();
        var result = await Host.Scenario(s =>
        {
            s.WithRequestHeader("Cookie", cookie);
            s.Post.FormData(new Dictionary<string, string> { ["user"] = "officer-1", ["__RequestVerificationToken"] = token }).ToUrl("/account/dev-sign-in");
            s.StatusCodeShouldBe(HttpStatusCode.Redirect);
        });
        result.Context.Response.Headers.Location.ToString().ShouldBe("/console/queue");
        result.Context.Response.Headers.SetCookie.ToString().ShouldContain("fdireview=");
    }

    private async Task<HttpStatusCode> QueueStatus(string cookies) => (HttpStatusCode)(await Page(cookies, "/console/queue")).Context.Response.StatusCode;

    /// <summary>Issue 14, finding 11: another site cannot sign a user out (the form's antiforgery token is checked).</summary>
    [Fact]
    public async Task Finding_11_a_sign_out_without_the_forms_antiforgery_token_is_refused()
    {
        var cookies = await SignedInCookies("officer-1");
        await Host.Scenario(s =>
        {
            s.WithRequestHeader("Cookie", cookies);
            s.Post.FormData(new Dictionary<string, string>()).ToUrl("/account/sign-out");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
            s.ContentTypeShouldBe("application/problem+json");
        });
        (await QueueStatus(cookies)).ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Issue 14, finding 11: a copy of the cookie taken before sign-out is refused afterwards, on pages and the API.</summary>
    [Fact]
    public async Task Finding_11_a_signed_out_sessions_cookie_is_refused()
    {
        var cookies = await SignedInCookies("officer-1");
        var token = FormToken((await Page(cookies, "/console/queue")).ReadAsText());
        token.ShouldNotBeNullOrEmpty("the console's sign-out form carries a token");

        await Host.Scenario(s =>
        {
            s.WithRequestHeader("Cookie", cookies);
            s.Post.FormData(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }).ToUrl("/account/sign-out");
            s.StatusCodeShouldBe(HttpStatusCode.Redirect);
        });

        (await QueueStatus(cookies)).ShouldBe(HttpStatusCode.Redirect);
        await Host.Scenario(s =>
        {
            s.WithRequestHeader("Cookie", cookies);
            s.Get.Url("/api/notifications");
            s.StatusCodeShouldBe(HttpStatusCode.Unauthorized);
        });
        // A second sign-in is a new session, accepted.
        (await QueueStatus(await SignedInCookies("officer-1"))).ShouldBe(HttpStatusCode.OK);
    }
}

/// <summary>Outside Development the demo sign-in must not exist; without OIDC settings the app must not start.</summary>
/// <remarks>In the app's collection: hosts of one entry point must not be built concurrently.</remarks>
[Collection(AppCollection.Name)]
public class ProductionStartTests
{
    [Fact]
    public void Production_without_OpenID_Connect_settings_refuses_to_start_and_says_why()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("FDI_DATABASE_URL", AppFixture.DatabaseUrl);
        });

        var ex = Should.Throw<InvalidOperationException>(() => factory.CreateClient());
        ex.Message.ShouldContain("OpenID Connect");
        ex.Message.ShouldContain("Authentication:Oidc:Authority");
    }
}

/// <summary>With OIDC configured, production serves no demo sign-in and no demo tokens.</summary>
[Collection(AppCollection.Name)]
public class ProductionSignInTests
{
    [Theory]
    [InlineData("/api/dev/tokens")]
    [InlineData("/account/dev-sign-in")]
    public async Task The_demo_sign_in_does_not_exist_outside_Development(string route)
    {
        var schema = $"test_prod_{Guid.NewGuid():N}"[..24];
        // Production creates no database objects: the schema is applied first, as ops/db-apply does.
        await using (var development = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
                     {
                         builder.UseEnvironment("Development");
                         builder.UseSetting("FDI_DATABASE_URL", AppFixture.DatabaseUrl);
                         builder.UseSetting("FdiReview:Schema", schema);
                     }))
            development.CreateClient().Dispose();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("FDI_DATABASE_URL", AppFixture.DatabaseUrl);
            builder.UseSetting("FdiReview:Schema", schema);
            builder.UseSetting("Authentication:Oidc:Authority", "https://login.agency.example/realms/fdi");
            builder.UseSetting("Authentication:Oidc:ClientId", "fdireview");
        });
        var client = factory.CreateClient();

        var response = await client.PostAsync(route, new StringContent("""{"user":"officer-1"}""", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);
        await factory.DisposeAsync();
        await AppFixture.DropSchema(schema);
    }
}
