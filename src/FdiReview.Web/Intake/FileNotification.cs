using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using FdiReview.Domain.Clocks;
using FdiReview.Web.Identity;
using FdiReview.Web.Review;
using Wolverine;
using FdiReview.Web.Screening;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace FdiReview.Web.Intake;

/// <summary>The body of <c>POST /api/notifications</c>: the transaction facts in the screening request shape.</summary>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
/// <param name="Kind">notice or declaration (FIRRMA; default: declaration where one is mandatory), prior-notification (FEFTA).</param>
public sealed record FileNotification(TransactionFacts? Facts, SubmissionKind? Kind = null);

/// <summary>The portal's form files through the same decision, as the signed-in investor.</summary>
public sealed record FileNotificationAs(TransactionFacts Facts, Actor Investor, SubmissionKind? Kind = null);

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
    [ProducesResponseType<CreationResponse<Guid>>(StatusCodes.Status201Created)]
    public static async Task<IResult> Post(FileNotification command, HttpContext context, ClaimsPrincipal user, IDocumentSession session,
        IMessageContext bus, TimeProvider time, ScreeningOptions options, ClockRules clocks, CaseCommands cases)
    {
        var investor = user.RequireActor();
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > FilingReceipt.MaxKeyLength)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["Idempotency-Key"] = [$"At most {FilingReceipt.MaxKeyLength} characters."] });
        var hash = FilingReceipt.Hash(command);
        if (key.Length > 0 && await session.LoadAsync<FilingReceipt>(FilingReceipt.IdOf(investor.UserId, key)) is { } earlier)
            return Replay(earlier, hash);

        var id = await Start(session, bus, command.Facts!, command.Kind, investor, time, options, clocks, cases);
        if (key.Length == 0) return Created(id);

        session.Insert(new FilingReceipt { Id = FilingReceipt.IdOf(investor.UserId, key), BodyHash = hash, NotificationId = id, At = time.GetUtcNow() });
        try
        {
            await session.SaveChangesAsync();
            return Created(id);
        }
        catch (JasperFx.DocumentAlreadyExistsException)
        {
            // A concurrent retry with the same key won: answer with its notification, write nothing.
            session.EjectAllPendingChanges();
            await using var fresh = session.DocumentStore.QuerySession();
            return Replay((await fresh.LoadAsync<FilingReceipt>(FilingReceipt.IdOf(investor.UserId, key)))!, hash);
        }
    }

    private static IResult Replay(FilingReceipt earlier, string hash) =>
        earlier.BodyHash == hash
            ? Created(earlier.NotificationId)
            : Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key reused with a different body",
                detail: $"This key was used on {earlier.At:u} for another filing (notification {earlier.NotificationId}). Use a new key for a new filing.");

    private static IResult Created(Guid id) =>
        Results.Created($"/api/notifications/{id}", new CreationResponse<Guid>($"/api/notifications/{id}", id));

    internal static async Task<Guid> Start(IDocumentSession session, IMessageBus bus, TransactionFacts facts, SubmissionKind? kind,
        Actor investor, TimeProvider time, ScreeningOptions options, ClockRules clocks, CaseCommands cases)
    {
        var id = Guid.CreateVersion7();
        var now = time.GetUtcNow();
        var filed = Notification.File(id, facts, investor, now, options, clocks, kind);
        IReadOnlyList<object> events = [.. filed, .. cases.Prioritise(filed, now, await Queue.InvestorRecord.Of(session, investor.Organization ?? "", id))];
        // Marten stamps this on every event's metadata (user_name), whichever way the filing came in.
        session.LastModifiedBy = investor.UserId;
        session.Events.StartStream<Notification>(id, [.. events]);
        await Deadlines.Schedule(bus, id, facts.Regime ?? Regime.Firrma, events);
        return id;
    }
}

public static class FileNotificationAsHandler
{
    public static Task<Guid> Handle(FileNotificationAs command, IDocumentSession session, IMessageContext bus, TimeProvider time,
        ScreeningOptions options, ClockRules clocks, CaseCommands cases) =>
        FileNotificationEndpoint.Start(session, bus, command.Facts, command.Kind, command.Investor, time, options, clocks, cases);
}
