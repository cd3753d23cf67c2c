using System.Text.Json.Serialization;
using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Review;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ProposeDecision(DecisionKind? Decision, string? Reasons, IReadOnlyList<string>? Conditions, int? ExpectedVersion);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ApproveDecision(int? ExpectedVersion);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AnswerRecommendation(bool? Accepted, string? Comment, int? ExpectedVersion);

/// <summary>Four-eyes decisions: one officer proposes, another officer or a supervisor approves or returns; FEFTA investors reply to recommendations.</summary>
public static class DecisionEndpoints
{
    private const string Agency = Roles.Officer + "," + Roles.Supervisor;

    [WolverinePost("/api/notifications/{id}/decision-proposal"), Authorize(Roles = Agency)]
    public static async Task<IResult> Propose(Guid id, ProposeDecision command, HttpContext context, ClaimsPrincipal user, CaseCommands cases) =>
        command.Decision is not { } decision
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["decision"] = ["Required: the decision proposed."] })
            : CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
                (n, now) => n.ProposeDecision(decision, command.Reasons, command.Conditions, user.RequireActor(), now)));

    [WolverinePost("/api/notifications/{id}/decision-proposal/approval"), Authorize(Roles = Agency)]
    public static async Task<IResult> Approve(Guid id, ApproveDecision command, HttpContext context, ClaimsPrincipal user, CaseCommands cases) =>
        CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
            (n, now) => n.ApproveDecision(user.RequireActor(), now, cases.Clocks)));

    [WolverinePost("/api/notifications/{id}/decision-proposal/return"), Authorize(Roles = Agency)]
    public static async Task<IResult> Return(Guid id, WithReason command, HttpContext context, ClaimsPrincipal user, CaseCommands cases) =>
        CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
            (n, now) => n.ReturnProposal(command.Reason, user.RequireActor(), now)));

    [WolverinePost("/api/notifications/{id}/recommendation-reply"), Authorize(Roles = Roles.Investor)]
    public static async Task<IResult> Reply(Guid id, AnswerRecommendation command, HttpContext context, ClaimsPrincipal user, CaseCommands cases) =>
        command.Accepted is not { } accepted
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["accepted"] = ["Required: whether the recommendation is accepted."] })
            : CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
                (n, now) => n.AnswerRecommendation(accepted, command.Comment, user.RequireActor(), now)));
}
