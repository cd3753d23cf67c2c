using System.Text.Json.Serialization;
using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Domain.Screening;
using FdiReview.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Review;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FilePostInvestmentReport(DateOnly? ExecutedOn, string? Report, int? ExpectedVersion);

/// <summary>FEFTA: the investor reports an exempted (or cleared) investment within the period after execution (J23).</summary>
public static class PostInvestmentReportEndpoint
{
    [WolverinePost("/api/notifications/{id}/post-investment-report"), Authorize(Roles = Roles.Investor)]
    public static async Task<IResult> Post(Guid id, FilePostInvestmentReport command, HttpContext context, ClaimsPrincipal user,
        CaseCommands cases, ScreeningOptions screening) =>
        command.ExecutedOn is not { } executedOn
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["executedOn"] = ["Required: the day the investment was executed."] })
            : CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
                (n, now) => n.FilePostInvestmentReport(executedOn, command.Report, screening.FeftaPostInvestmentReportDays, user.RequireActor(), now)));
}
