using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Web.Identity;
using FdiReview.Web.Review;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Documents;

/// <summary>
/// Attachments: uploaded as multipart form data (<c>file</c>, optional <c>restricted</c> and <c>requestId</c>),
/// checked for type and size, stored with their SHA-256 recorded in a <see cref="DocumentAttached"/> event.
/// Restricted documents are seen only by their uploader and the agency.
/// </summary>
public static class DocumentEndpoints
{
    [WolverineGet("/api/notifications/{id}/documents"), Authorize]
    public static async Task<IResult> List(Guid id, ClaimsPrincipal user, IQuerySession session)
    {
        var actor = user.RequireActor();
        var notification = await session.LoadAsync<Notification>(id);
        return notification is null || !notification.IsVisibleTo(actor)
            ? Results.NotFound()
            : Results.Ok(notification.Documents.Where(d => notification.CanSee(d, actor)).ToList());
    }

    [WolverineGet("/api/notifications/{id}/documents/{documentId}"), Authorize]
    public static async Task<IResult> Download(Guid id, Guid documentId, ClaimsPrincipal user, IQuerySession session, Wolverine.IMessageBus bus)
    {
        var actor = user.RequireActor();
        var notification = await session.LoadAsync<Notification>(id);
        var document = notification?.Documents.FirstOrDefault(d => d.Id == documentId);
        if (notification is null || document is null || !notification.CanSee(document, actor)) return Results.NotFound();
        var stored = await session.LoadAsync<StoredDocument>(documentId);
        if (stored is null) return Results.NotFound();
        await bus.SendAs(new Audit.RecordDocumentOpened(id, documentId, document.FileName), actor);
        return Results.File(stored.Content, document.ContentType, document.FileName);
    }
}
