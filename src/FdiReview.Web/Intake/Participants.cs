using System.Text.Json.Serialization;
using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Web.Identity;
using FdiReview.Web.Review;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Intake;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AddParticipant(string? UserId, ParticipantRole? Role, int? ExpectedVersion);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RemoveParticipant(int? ExpectedVersion);

/// <summary>The filing admin adds colleagues of the same organisation as contributors or agents (counsel), or removes them.</summary>
public static class ParticipantEndpoints
{
    [WolverinePost("/api/notifications/{id}/participants"), Authorize(Roles = Roles.Investor)]
    public static async Task<IResult> Add(Guid id, AddParticipant command, HttpContext context, ClaimsPrincipal user, CaseCommands cases)
    {
        var admin = user.RequireActor();
        if (command.UserId is null or "" || command.Role is null)
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["userId"] = command.UserId is null or "" ? ["Required: the user to add."] : [],
                ["role"] = command.Role is null ? ["Required: contributor or agent."] : [],
            }.Where(e => e.Value.Length > 0).ToDictionary());
        // Users come from the organisation's directory; someone unknown is refused like a stranger.
        var colleague = InvestorDirectory.Find(command.UserId) ?? new Actor(command.UserId, command.UserId, "Unknown");
        return CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), admin,
            (n, now) => n.AddParticipant(colleague, command.Role.Value, admin, now)));
    }

    [WolverinePost("/api/notifications/{id}/participants/{userId}/removal"), Authorize(Roles = Roles.Investor)]
    public static async Task<IResult> Remove(Guid id, string userId, RemoveParticipant command, HttpContext context, ClaimsPrincipal user, CaseCommands cases) =>
        CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
            (n, now) => n.RemoveParticipant(userId, user.RequireActor(), now)));
}

/// <summary>The investor users FdiReview knows (the demo directory in Development; the identity provider's users otherwise).</summary>
public static class InvestorDirectory
{
    public static Actor? Find(string userId) => DemoUsers.Find(userId) is { Role: Roles.Investor } user ? user : null;

    public static IReadOnlyList<Actor> ColleaguesOf(Actor investor) =>
        DemoUsers.All.Where(u => u.Role == Roles.Investor && u.Organization == investor.Organization && u.UserId != investor.UserId).ToList();
}
