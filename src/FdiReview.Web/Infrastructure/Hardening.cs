using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using FdiReview.Web.Identity;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace FdiReview.Web.Infrastructure;

/// <summary>
/// What the app does against hostile or careless clients: a per-user rate limit on the API (429 with
/// Retry-After), a size limit on requests (413; documents have their own, larger one), and the security
/// headers every response carries. Settings: <c>RateLimiting:PermitsPerSecond</c>, <c>RateLimiting:Burst</c>,
/// <c>Api:MaxJsonBytes</c>.
/// </summary>
public static class Hardening
{
    /// <summary>The key of this response's script nonce in <see cref="HttpContext.Items"/>.</summary>
    public const string ScriptNonce = "fdireview.script-nonce";

    public static void AddHardening(this WebApplicationBuilder builder)
    {
        // No response names the server software (Kestrel adds "Server: Kestrel" by default).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.AddServerRejectionProblems();
        var config = builder.Configuration;
        var perSecond = config.GetValue("RateLimiting:PermitsPerSecond", 20);
        var burst = config.GetValue("RateLimiting:Burst", 100);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !context.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetNoLimiter("pages")
                    : RateLimitPartition.GetTokenBucketLimiter(Caller(context), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = burst, TokensPerPeriod = perSecond, ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0, AutoReplenishment = true,
                    }));
            options.OnRejected = async (rejected, cancellation) =>
            {
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                        detail: $"This account sent more requests than the API accepts; try again in {seconds} s.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
    }

    /// <summary>
    /// A body of just <c>null</c> deserialises to no command at all; every command is an object, so it is refused
    /// here once rather than checked in every endpoint. Only short bodies are peeked at, and put back.
    /// </summary>
    private static async Task<bool> IsJsonNull(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method) && !HttpMethods.IsPut(request.Method) && !HttpMethods.IsPatch(request.Method)) return false;
        if (request.ContentLength is null or > 64 || !request.HasJsonContentType()) return false;
        request.EnableBuffering();
        var buffer = new byte[64];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await request.Body.ReadAsync(buffer.AsMemory(read))) > 0) read += n;
        request.Body.Position = 0;
        return System.Text.Encoding.UTF8.GetString(buffer, 0, read).Trim() == "null";
    }

    /// <summary>The signed-in user, or the client's address for anonymous calls.</summary>
    private static string Caller(HttpContext context) =>
        context.User.FindFirstValue(ActorClaims.UserId) is { Length: > 0 } user ? $"user:{user}" : $"ip:{context.Connection.RemoteIpAddress}";

    public static void UseHardening(this WebApplication app)
    {
        var maxJson = app.Configuration.GetValue("Api:MaxJsonBytes", 1024L * 1024);
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            // Scripts come from this site only; the one inline script, Blazor's import map, carries this response's nonce.
            var nonce = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
            context.Items[ScriptNonce] = nonce;
            headers.ContentSecurityPolicy =
                $"script-src 'self' 'nonce-{nonce}'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

            // Everything but document uploads is small JSON: refuse more than that before reading it.
            if (context.Request.Path.StartsWithSegments("/api") && !context.Request.HasFormContentType)
            {
                if (context.Request.ContentLength > maxJson)
                {
                    await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request is too large",
                        detail: $"API requests carry at most {maxJson:N0} bytes of JSON; documents are uploaded as multipart forms.").ExecuteAsync(context);
                    return;
                }
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxJson;
                if (await IsJsonNull(context.Request))
                {
                    await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid JSON format",
                        detail: "The request body must be a JSON object, not null.").ExecuteAsync(context);
                    return;
                }
            }
            await next();
        });
        if (!app.Environment.IsDevelopment()) app.UseHsts();
    }
}
