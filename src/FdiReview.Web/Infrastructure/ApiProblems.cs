using FdiReview.Domain;
using JasperFx;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FdiReview.Web.Infrastructure;

/// <summary>
/// Every API error is an RFC 9457 problem: refusals and concurrency conflicts are 409s that say why,
/// anything unexpected a 500 without internals; empty 4xx answers (401, 403, 404, 405) get a body too.
/// </summary>
public sealed partial class ApiProblems(IProblemDetailsService problems, ILogger<ApiProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var stored = Inner<Npgsql.PostgresException>(exception);
        var (status, title, detail) = exception switch
        {
            // What the client sent that PostgreSQL cannot store is the client's error, said in its terms.
            _ when stored?.SqlState is "22021" or "22P05" => (StatusCodes.Status400BadRequest, "The request contains characters that cannot be stored",
                "Text may not contain NUL (\\u0000) characters or invalid Unicode."),
            _ when stored?.SqlState is "54000" or "22001" => (StatusCodes.Status400BadRequest, "A value is too long",
                "One of the texts is longer than the record can keep or search; shorten it."),
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

    private static T? Inner<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is T found) return found;
        return null;
    }

    /// <summary>
    /// Problems written by the frameworks can quote a deserializer's message naming .NET types ("could not be
    /// converted to FdiReview.Domain…"): clients get the JSON path and what went wrong, never our internals.
    /// </summary>
    public static void Sanitize(ProblemDetails problem)
    {
        if (problem.Detail is { } detail)
            problem.Detail = InternalName().Replace(detail, "the expected type");
        if (problem.Title is { } title) problem.Title = InternalName().Replace(title, "the expected type");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(FdiReview|System|Microsoft|Wolverine|Marten|JasperFx|Npgsql|Weasel)(\.[A-Za-z0-9_`+]+)+(\[[^\]]*\])?")]
    private static partial System.Text.RegularExpressions.Regex InternalName();

    public static void UseApiProblems(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
    }
}
