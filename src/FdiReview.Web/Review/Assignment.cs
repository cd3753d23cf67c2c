using System.Text.Json.Serialization;
using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Review;

/// <param name="OfficerId">Who gets the case; omitted: the signed-in officer takes it.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AssignCase(string? OfficerId, string? Reason, int? ExpectedVersion);

/// <summary>Officers take cases; supervisors assign and reassign them, saying why.</summary>
public static class AssignmentEndpoint
{
    [WolverinePost("/api/notifications/{id}/assignment"), Authorize(Roles = Roles.Officer + "," + Roles.Supervisor)]
    public static async Task<IResult> Post(Guid id, AssignCase command, HttpContext context, ClaimsPrincipal user, CaseCommands cases)
    {
        var by = user.RequireActor();
        var officer = command.OfficerId is null or "" ? by : DemoUsers.Find(command.OfficerId) ?? Officers.Unknown(command.OfficerId);
        return CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), by,
            (n, now) => n.Assign(officer, by, command.Reason, now)));
    }
}

/// <summary>The agency's officers as the console lists them for assignment.</summary>
public static class Officers
{
    public static IReadOnlyList<Actor> All => DemoUsers.All.Where(u => u.Role is Roles.Officer or Roles.Supervisor).ToList();

    /// <summary>An id the directory does not know is refused by the aggregate as not an officer.</summary>
    public static Actor Unknown(string id) => new(id, id, "Unknown");
}
