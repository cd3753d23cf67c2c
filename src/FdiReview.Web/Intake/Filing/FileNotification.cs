using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using FdiReview.Web.Infrastructure;
using FdiReview.Web.Identity;
using FdiReview.Web.Review;
using Wolverine;
using FdiReview.Web.Screening;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace FdiReview.Web.Intake.Filing;

/// <summary>The body of <c>POST /api/notifications</c>: the transaction facts in the screening request shape.</summary>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
/// <param name="Kind">notice or declaration (FIRRMA; default: declaration where one is mandatory), prior-notification (FEFTA).</param>
/// <param name="Value">what the investment is worth: an amount and its ISO 4217 currency.</param>
public sealed record FileNotification(TransactionFacts? Facts, SubmissionKind? Kind = null, InvestmentValue? Value = null);


public static class FileNotificationEndpoint
{
    public static void Before(FileNotification command) => Filing.RequireValid(command);

    [WolverinePost("/api/notifications"), Authorize(Policy = Policies.Investors)]
    [ProducesResponseType<CreationResponse<Guid>>(StatusCodes.Status201Created)]
    public static async Task<IResult> Post(FileNotification command, HttpContext context, Actor investor, IDocumentSession session,
        IMessageContext bus, CaseRules rules)
    {
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > FilingReceipt.MaxKeyLength)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["Idempotency-Key"] = [$"At most {FilingReceipt.MaxKeyLength} characters."] });
        var hash = FilingReceipt.Hash(command);
        if (key.Length > 0 && await session.LoadAsync<FilingReceipt>(FilingReceipt.IdOf(investor.UserId, key)) is { } earlier)
            return Replay(earlier, hash);

        var id = await Filing.Start(session, bus, command, investor, rules);
        if (key.Length == 0) return Created(id);

        session.Insert(new FilingReceipt { Id = FilingReceipt.IdOf(investor.UserId, key), BodyHash = hash, NotificationId = id, At = rules.Now });
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
}

/// <summary>Starting a notification's stream: the filing decision, its first priority and the deadlines it starts.</summary>
public static class Filing
{
    public static void RequireValid(FileNotification command)
    {
        InvalidInput.Require(command.Facts is not null, "facts", "Required: the transaction facts.");
        InvalidInput.RequireValid(command.Facts, "facts.");
        InvalidInput.RequireValid(command.Value, "value.");
    }

    public static async Task<Guid> Start(IDocumentSession session, IMessageBus bus, FileNotification command, Actor investor, CaseRules rules)
    {
        var id = Guid.CreateVersion7();
        var history = await Queue.InvestorRecord.Of(session, investor.Organization ?? "", id);
        var events = rules.Filed(Notification.File(id, command.Facts!, investor, rules.Now, rules.Screening, rules.Clocks, command.Kind, value: command.Value), history);
        session.Events.StartStream<Notification>(id, [.. events]);
        // Scheduled through the outbox of this session, so they commit with the stream.
        foreach (var (deadline, at) in Deadlines.Of(id, command.Facts!.Regime ?? Regime.Firrma, events)) await bus.ScheduleAsync(deadline, at);
        return id;
    }
}
