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
        if (Refusal(exception) is { } problem)
        {
            context.Response.StatusCode = problem.Status ?? 400;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
        }
        if (exception is ConcurrencyException { Id: Guid streamId } && context.RequestServices.GetService<Marten.IDocumentStore>() is { } store)
        {
            // Two commands raced on the same version and this one lost at commit: say where the record is now.
            await using var session = store.QuerySession();
            var current = (await session.Events.FetchStreamStateAsync(streamId, cancellationToken))?.Version ?? 0;
            context.Response.StatusCode = StatusCodes.Status409Conflict;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context, Exception = exception,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status409Conflict, Title = "The record changed meanwhile",
                    Detail = $"Someone else changed it at the same moment; it is now at version {current}. Reload it and decide again.",
                    Extensions = { ["currentVersion"] = (int)current },
                },
            });
        }
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
            // A form that cannot be decoded (a NUL or a broken escape in a field) is unreadable before any token check.
            Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException or InvalidDataException => (StatusCodes.Status400BadRequest,
                "The form could not be read", "Reload the page and send the form again."),
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

    /// <summary>The command pipeline's refusals, each with what the client needs to act on it.</summary>
    private static ProblemDetails? Refusal(Exception exception) => exception switch
    {
        InvalidInput invalid => new HttpValidationProblemDetails(invalid.Errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest, Title = invalid.Title, Detail = invalid.Message,
        },
        VersionRefusal { Missing: true } missing => new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["expectedVersion"] = [missing.Message] })
        {
            Status = StatusCodes.Status400BadRequest, Title = "The version the decision was made on is missing", Detail = missing.Message,
            Extensions = { ["currentVersion"] = missing.CurrentVersion },
        },
        VersionRefusal stale => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict, Title = "The record changed meanwhile", Detail = stale.Message,
            Extensions = { ["currentVersion"] = stale.CurrentVersion },
        },
        NotFound or Wolverine.Persistence.RequiredDataMissingException =>
            new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not Found", Detail = exception.Message },
        _ => null,
    };

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
