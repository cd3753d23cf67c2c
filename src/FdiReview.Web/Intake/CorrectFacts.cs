using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using FdiReview.Web.Identity;
using FdiReview.Web.Screening;
using FdiReview.Web.Review;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace FdiReview.Web.Intake;

/// <summary>The body of <c>POST /api/notifications/{id}/corrections</c>: the full corrected facts and why.</summary>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record CorrectFacts(TransactionFacts? Facts, string? Reason);

/// <summary>Corrects a notification's facts; the engine screens them again and both are new events.</summary>
public static class CorrectFactsEndpoint
{
    public static ProblemDetails Validate(CorrectFacts? command)
    {
        if (command?.Facts is null || string.IsNullOrWhiteSpace(command.Reason))
        {
            var errors = new Dictionary<string, string[]>();
            if (command?.Facts is null) errors["facts"] = ["Required: the corrected transaction facts."];
            if (string.IsNullOrWhiteSpace(command?.Reason)) errors["reason"] = ["Required: why the facts are corrected."];
            return new HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The correction has invalid or missing fields",
                Detail = string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value[0]}")),
            };
        }
        return ScreeningProblems.For(command.Facts, "facts.") ?? WolverineContinue.NoProblems;
    }

    [WolverinePost("/api/notifications/{id}/corrections"), Authorize(Roles = Roles.Investor + "," + Roles.Officer + "," + Roles.Supervisor)]
    public static async Task<IResult> Post(Guid id, CorrectFacts command, HttpContext context, ClaimsPrincipal user, CaseCommands cases)
    {
        var actor = user.RequireActor();
        var result = await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, null), actor,
            (n, now) => n.CorrectFacts(command.Facts!, actor, command.Reason, now, cases.Screening), versionRequired: false);
        return CaseCommandHttp.ToResult(result, done => done.Events!.OfType<ScreeningCompleted>().Last().Determination);
    }
}
