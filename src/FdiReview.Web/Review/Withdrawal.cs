using System.Text.Json.Serialization;
using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using FdiReview.Web.Identity;
using FdiReview.Web.Screening;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace FdiReview.Web.Review;

/// <param name="Refile">When given, a new notification with these facts is filed in the same step and linked to this one.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record WithdrawNotification(string? Reason, RefileNotification? Refile, int? ExpectedVersion);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RefileNotification(TransactionFacts? Facts, SubmissionKind? Kind);

/// <summary>The investor withdraws at any open stage; withdraw-and-refile files the new notification and links both ways (800.509).</summary>
public static class WithdrawalEndpoint
{
    public static ProblemDetails Validate(WithdrawNotification? command) =>
        command?.Refile is { } refile
            ? refile.Facts is null
                ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["refile.facts"] = ["Required: the facts of the refiled notification."] }) { Status = 400 }
                : ScreeningProblems.For(refile.Facts, "refile.facts.") ?? WolverineContinue.NoProblems
            : WolverineContinue.NoProblems;

    [WolverinePost("/api/notifications/{id}/withdrawal"), Authorize(Roles = Roles.Investor)]
    public static async Task<IResult> Post(Guid id, WithdrawNotification command, HttpContext context, ClaimsPrincipal user, CaseCommands cases)
    {
        var investor = user.RequireActor();
        Guid? refiledAs = command.Refile is null ? null : Guid.CreateVersion7();
        var result = await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), investor,
            (n, now) => n.Withdraw(command.Reason, refiledAs, investor, now),
            startStream: refiledAs is { } newId
                ? now => (newId, Notification.File(newId, command.Refile!.Facts!, investor, now, cases.Screening, cases.Clocks, command.Refile.Kind, id))
                : null);
        return CaseCommandHttp.ToResult(result, r => new { version = r.Version, refiledAs });
    }
}
