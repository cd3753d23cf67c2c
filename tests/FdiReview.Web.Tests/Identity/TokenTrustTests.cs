using System.Net;
using System.Security.Claims;
using System.Text;
using FdiReview.Domain;
using FdiReview.Web.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FdiReview.Web.Tests.Identity;

/// <summary>
/// Issue 14, finding 12: Development's signing key was in the repository, so anyone could mint any identity. The key
/// is now made per installation; a token carrying two roles acts as nobody.
/// </summary>
public class TokenTrustTests(AppFixture app) : ApiTest(app)
{
    private const string PublishedKey = "fdireview-development-only-signing-key-not-a-secret";

    private string Mint(string subject, SecurityKey key, params string[] roles)
    {
        var claims = new List<Claim> { new(ActorClaims.UserId, subject), new(ActorClaims.DisplayName, subject) };
        claims.AddRange(roles.Select(r => new Claim(ActorClaims.Role, r)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = SignInSetup.DevIssuer,
            Audience = SignInSetup.DevAudience,
            Subject = new ClaimsIdentity(claims, "test", ActorClaims.UserId, ActorClaims.Role),
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    private async Task<HttpStatusCode> Queue(string token)
    {
        var result = await Host.Scenario(s =>
        {
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.Get.Url("/api/notifications");
            s.IgnoreStatusCode();
        });
        return (HttpStatusCode)result.Context.Response.StatusCode;
    }

    [Fact]
    public async Task A_token_signed_with_the_key_once_in_the_repository_is_refused()
    {
        (await Queue(Mint("Supervisor-1", new SymmetricSecurityKey(Encoding.UTF8.GetBytes(PublishedKey)), Roles.Supervisor)))
            .ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void No_signing_key_is_committed()
    {
        foreach (var settings in Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "appsettings*.json", SearchOption.AllDirectories))
            File.ReadAllText(settings).ShouldNotContain("SigningKey", customMessage: settings);
        Host.Services.GetRequiredService<IConfiguration>()["Authentication:DevTokens:SigningKey"].ShouldBeNull();
    }

    [Fact]
    public async Task A_token_carrying_two_roles_acts_as_nobody()
    {
        var key = SignInSetup.DevSigningKey(Host.Services.GetRequiredService<IConfiguration>());
        (await Queue(Mint("officer-1", key, Roles.Officer))).ShouldBe(HttpStatusCode.OK);
        (await Queue(Mint("officer-1", key, Roles.Investor, Roles.Officer))).ShouldBe(HttpStatusCode.Forbidden);
    }
}
