using System.Text.Json.Serialization;
using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Review;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record WithReason(string? Reason, int? ExpectedVersion);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ShortenWaitingPeriod(DateOnly? NewDue, string? Reason, int? ExpectedVersion);

/// <summary>Steps that move the statutory clock: investigation and its extension (CFIUS), review extension and shortening (FEFTA).</summary>
public static class ClockActionEndpoints
{
    private const string Agency = Roles.Officer + "," + Roles.Supervisor;

    [WolverinePost("/api/notifications/{id}/investigation"), Authorize(Roles = Agency)]
    public static async Task<IResult> OpenInvestigation(Guid id, WithReason command, HttpContext context, ClaimsPrincipal user, CaseCommands cases) =>
        CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
            (n, now) => n.OpenInvestigation(command.Reason, user.RequireActor(), now, cases.Clocks)));

    [WolverinePost("/api/notifications/{id}/investigation/extension"), Authorize(Roles = Agency)]
    public static async Task<IResult> ExtendInvestigation(Guid id, WithReason command, HttpContext context, ClaimsPrincipal user, CaseCommands cases) =>
        CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
            (n, now) => n.ExtendInvestigation(command.Reason, user.RequireActor(), now, cases.Clocks)));

    [WolverinePost("/api/notifications/{id}/review-extension"), Authorize(Roles = Agency)]
    public static async Task<IResult> ExtendReview(Guid id, WithReason command, HttpContext context, ClaimsPrincipal user, CaseCommands cases) =>
        CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
            (n, now) => n.ExtendReview(command.Reason, user.RequireActor(), now, cases.Clocks)));

    [WolverinePost("/api/notifications/{id}/waiting-period/shortening"), Authorize(Roles = Agency)]
    public static async Task<IResult> Shorten(Guid id, ShortenWaitingPeriod command, HttpContext context, ClaimsPrincipal user, CaseCommands cases) =>
        command.NewDue is not { } newDue
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["newDue"] = ["Required: the day the shortened waiting period ends."] })
            : CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
                (n, now) => n.ShortenWaitingPeriod(newDue, command.Reason, user.RequireActor(), now)));
}
