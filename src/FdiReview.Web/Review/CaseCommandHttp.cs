using Microsoft.AspNetCore.Mvc;

namespace FdiReview.Web.Review;

/// <summary>The HTTP face of a case command: the version comes from If-Match or the body; results become problem details.</summary>
public static class CaseCommandHttp
{
    public static int? ExpectedVersion(HttpContext context, int? fromBody)
    {
        var header = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header)) return fromBody;
        var text = header.Trim().Replace("W/", "").Trim('"');
        return int.TryParse(text, out var version) ? version : fromBody;
    }

    public static IResult ToResult(CaseCommandResult result, Func<CaseCommandResult, object>? body = null) => result.Status switch
    {
        CaseCommandStatus.Done => Results.Ok(body?.Invoke(result) ?? new { version = result.Version }),
        CaseCommandStatus.NotFound => Results.Problem(statusCode: 404, title: "Not Found", detail: result.Message),
        CaseCommandStatus.VersionRequired => Results.Problem(new HttpValidationProblemDetails(
            new Dictionary<string, string[]> { ["expectedVersion"] = [result.Message!] })
        {
            Status = 400, Title = "The version the decision was made on is missing", Detail = result.Message,
            Extensions = { ["currentVersion"] = result.Version },
        }),
        CaseCommandStatus.StaleVersion => Results.Problem(new ProblemDetails
        {
            Status = 409, Title = "The case changed meanwhile", Detail = result.Message,
            Extensions = { ["currentVersion"] = result.Version },
        }),
        _ => Results.Problem(new ProblemDetails
        {
            Status = 409, Title = "The case cannot take this step", Detail = result.Message,
            Extensions = { ["currentVersion"] = result.Version },
        }),
    };
}
