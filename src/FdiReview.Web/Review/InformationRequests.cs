using System.Text.Json.Serialization;
using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Review;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RequestInformation(string? Questions, int? ExpectedVersion);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ProvideInformation(string? Response, int? ExpectedVersion);

/// <summary>Officers ask the investor for information with a response deadline; the investor answers.</summary>
public static class InformationRequestEndpoints
{
    [WolverinePost("/api/notifications/{id}/information-requests"), Authorize(Roles = Roles.Officer + "," + Roles.Supervisor)]
    public static async Task<IResult> Request(Guid id, RequestInformation command, HttpContext context, ClaimsPrincipal user, CaseCommands cases)
    {
        var requestId = Guid.CreateVersion7();
        var result = await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
            (n, now) => n.RequestInformation(requestId, command.Questions, user.RequireActor(), now, cases.Clocks));
        return CaseCommandHttp.ToResult(result, r => new { version = r.Version, requestId });
    }

    [WolverinePost("/api/notifications/{id}/information-requests/{requestId}/response"), Authorize(Roles = Roles.Investor)]
    public static async Task<IResult> Respond(Guid id, Guid requestId, ProvideInformation command, HttpContext context, ClaimsPrincipal user, CaseCommands cases) =>
        CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
            (n, now) => n.ProvideInformation(requestId, command.Response, user.RequireActor(), now, cases.Clocks)));
}
