using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using FdiReview.Web.Identity;
using FdiReview.Web.Screening;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace FdiReview.Web.Intake;

/// <summary>The body of <c>POST /api/notifications</c>: the transaction facts in the screening request shape.</summary>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record FileNotification(TransactionFacts? Facts);

/// <summary>The portal's form files through the same decision, as the signed-in investor.</summary>
public sealed record FileNotificationAs(TransactionFacts Facts, Actor Investor);

public static class FileNotificationEndpoint
{
    public static ProblemDetails Validate(FileNotification? command) =>
        command?.Facts is null
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["facts"] = ["Required: the transaction facts."] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The notification has invalid or missing fields",
                Detail = "facts: Required: the transaction facts.",
            }
            : ScreeningProblems.For(command.Facts, "facts.") ?? WolverineContinue.NoProblems;

    [WolverinePost("/api/notifications"), Authorize(Roles = Roles.Investor)]
    public static CreationResponse<Guid> Post(FileNotification command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider time, ScreeningOptions options)
    {
        var id = Start(session, command.Facts!, user.RequireActor(), time, options);
        return new CreationResponse<Guid>($"/api/notifications/{id}", id);
    }

    internal static Guid Start(IDocumentSession session, TransactionFacts facts, Actor investor, TimeProvider time, ScreeningOptions options)
    {
        var id = Guid.CreateVersion7();
        // Marten stamps this on every event's metadata (user_name), whichever way the filing came in.
        session.LastModifiedBy = investor.UserId;
        session.Events.StartStream<Notification>(id, [.. Notification.File(id, facts, investor, time.GetUtcNow(), options)]);
        return id;
    }
}

public static class FileNotificationAsHandler
{
    public static Guid Handle(FileNotificationAs command, IDocumentSession session, TimeProvider time, ScreeningOptions options) =>
        FileNotificationEndpoint.Start(session, command.Facts, command.Investor, time, options);
}
