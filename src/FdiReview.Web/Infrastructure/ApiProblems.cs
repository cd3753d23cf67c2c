using FdiReview.Domain;
using JasperFx;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FdiReview.Web.Infrastructure;

/// <summary>
/// Every API error is an RFC 9457 problem: refusals and concurrency conflicts are 409s that say why,
/// anything unexpected a 500 without internals; empty 4xx answers (401, 403, 404, 405) get a body too.
/// </summary>
public sealed class ApiProblems(IProblemDetailsService problems, ILogger<ApiProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            DomainRefusal refusal => (StatusCodes.Status409Conflict, "The request conflicts with the case's state", refusal.Message),
            ConcurrencyException => (StatusCodes.Status409Conflict, "The case changed meanwhile",
                "Someone else changed this case after you loaded it. Reload it and try again."),
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", bad.Message),
            UnauthorizedAccessException => (StatusCodes.Status403Forbidden, "Forbidden", exception.Message),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred",
                "The request could not be completed. Quote the trace id when reporting this."),
        };
        if (status >= 500) logger.LogError(exception, "Unhandled error on {Path}", context.Request.Path);

        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    public static void UseApiProblems(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
    }
}
