using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace FdiReview.Web.Identity;

/// <summary>
/// How users prove who they are. Browsers carry a cookie, systems a bearer token; one policy scheme
/// picks by the request. Development signs in seeded demo users and issues its own tokens; every other
/// environment signs in through the agency's OpenID Connect provider and refuses to start without it.
/// </summary>
public static class SignInSetup
{
    public const string Scheme = "fdi";
    public const string OidcScheme = "oidc";
    public const string DevIssuer = "fdireview-dev";
    public const string DevAudience = "fdireview";

    public static void AddFdiSignIn(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var development = builder.Environment.IsDevelopment();
        var oidc = config.GetSection("Authentication:Oidc").Get<OidcSettings>() ?? new OidcSettings();
        if (!development && !oidc.IsComplete)
            throw new InvalidOperationException(
                $"FdiReview cannot start in the {builder.Environment.EnvironmentName} environment without OpenID Connect: " +
                "set Authentication:Oidc:Authority and Authentication:Oidc:ClientId (environment variables " +
                "Authentication__Oidc__Authority, Authentication__Oidc__ClientId, and Authentication__Oidc__ClientSecret " +
                "for a confidential client). The demo sign-in exists only in Development.");

        var auth = builder.Services.AddAuthentication(options =>
        {
            options.DefaultScheme = Scheme;
            options.DefaultChallengeScheme = Scheme;
        });

        auth.AddPolicyScheme(Scheme, "Cookie or bearer token", options =>
            options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme);

        auth.AddCookie(options =>
        {
            options.LoginPath = "/sign-in";
            options.AccessDeniedPath = "/forbidden";
            options.Cookie.Name = "fdireview";
            options.Cookie.HttpOnly = true;
            // Over HTTPS only, outside the local Development set-up on plain HTTP.
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = BrowserSessions.CookieLifetime;
            // The API answers 401/403 as problem details; only pages redirect to sign-in.
            // Pages sign in at the agency's provider (Development: the demo sign-in page). The API answers 401
            // itself, so a call without credentials never depends on reaching the provider.
            options.Events.OnRedirectToLogin = context =>
                development || context.Request.Path.StartsWithSegments("/api")
                    ? ApiOrRedirect(context, StatusCodes.Status401Unauthorized)
                    : context.HttpContext.ChallengeAsync(OidcScheme, context.Properties);
            options.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
            BrowserSessions.Configure(options);
        });

        auth.AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = ActorClaims.UserId;
            options.TokenValidationParameters.RoleClaimType = development ? ActorClaims.Role : oidc.RoleClaim;
            if (development)
            {
                options.TokenValidationParameters.ValidIssuer = DevIssuer;
                options.TokenValidationParameters.ValidAudience = DevAudience;
                options.TokenValidationParameters.IssuerSigningKey = DevSigningKey(config);
            }
            else
            {
                options.Authority = oidc.Authority;
                options.Audience = oidc.Audience ?? oidc.ClientId;
            }
        });

        if (!development)
            auth.AddOpenIdConnect(OidcScheme, options =>
            {
                options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.Authority = oidc.Authority;
                options.ClientId = oidc.ClientId;
                options.ClientSecret = oidc.ClientSecret;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                options.SaveTokens = false;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.MapInboundClaims = false;
                options.Scope.Clear();
                foreach (var scope in oidc.Scopes) options.Scope.Add(scope);
                options.TokenValidationParameters.NameClaimType = ActorClaims.UserId;
                options.TokenValidationParameters.RoleClaimType = oidc.RoleClaim;
            });

        builder.Services.AddAuthorization(Policies.Add);
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingSessionState>();
        builder.Services.AddMemoryCache();
    }

    /// <summary>
    /// The key of Development's demo tokens: <c>Authentication:DevTokens:SigningKey</c> when set, otherwise a random key
    /// made once per installation in <c>Authentication:DevTokens:KeyFile</c> (default: the user's local application
    /// data) and never committed, so nobody can mint an identity for someone else's Development instance.
    /// </summary>
    internal static SymmetricSecurityKey DevSigningKey(IConfiguration config)
    {
        if (config["Authentication:DevTokens:SigningKey"] is { Length: > 0 } secret)
            return secret.Length >= 32
                ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret))
                : throw new InvalidOperationException("Authentication:DevTokens:SigningKey must have 32 characters or more.");
        var file = config["Authentication:DevTokens:KeyFile"] is { Length: > 0 } configured ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "fdireview", "dev-signing-key");
        return new SymmetricSecurityKey(InstallationKey(file));
    }

    private static byte[] InstallationKey(string file)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (File.Exists(file) && Convert.FromBase64String(File.ReadAllText(file).Trim()) is { Length: >= 32 } key) return key;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            try
            {
                // CreateNew: of two nodes starting at once, one writes the key and both read it.
                using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                using var writer = new StreamWriter(stream);
                writer.Write(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64)));
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(50); // the other node is writing it
            }
        }
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>The agency's identity provider, from <c>Authentication:Oidc</c>.</summary>
public sealed class OidcSettings
{
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>The API audience for bearer tokens; defaults to the client id.</summary>
    public string? Audience { get; set; }
    /// <summary>The claim that carries FdiReview's role names (Investor, Officer, Supervisor, Auditor).</summary>
    public string RoleClaim { get; set; } = ActorClaims.Role;
    public string[] Scopes { get; set; } = ["openid", "profile"];

    public bool IsComplete => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
