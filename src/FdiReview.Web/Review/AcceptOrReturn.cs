using System.Text.Json.Serialization;
using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Review;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AcceptNotification(int? ExpectedVersion);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ReturnIncomplete(IReadOnlyList<string>? MissingItems, int? ExpectedVersion);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Resubmit(string? Note, int? ExpectedVersion);

/// <summary>Completeness: an officer accepts a filing (receipt number, clock starts) or returns it with the missing items; the investor resubmits.</summary>
public static class AcceptOrReturnEndpoints
{
    private const string Agency = Roles.Officer + "," + Roles.Supervisor;

    [WolverinePost("/api/notifications/{id}/acceptance"), Authorize(Roles = Agency)]
    public static async Task<IResult> Accept(Guid id, AcceptNotification command, HttpContext context, ClaimsPrincipal user, CaseCommands cases) =>
        CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
            (n, now) => n.Accept(user.RequireActor(), now, cases.Clocks)));

    [WolverinePost("/api/notifications/{id}/return"), Authorize(Roles = Agency)]
    public static async Task<IResult> Return(Guid id, ReturnIncomplete command, HttpContext context, ClaimsPrincipal user, CaseCommands cases) =>
        CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
            (n, now) => n.ReturnIncomplete(command.MissingItems ?? [], user.RequireActor(), now)));

    [WolverinePost("/api/notifications/{id}/resubmission"), Authorize(Roles = Roles.Investor)]
    public static async Task<IResult> Resubmit(Guid id, Resubmit command, HttpContext context, ClaimsPrincipal user, CaseCommands cases) =>
        CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
            (n, now) => n.Resubmit(command.Note, user.RequireActor(), now, cases.Clocks)));
}
