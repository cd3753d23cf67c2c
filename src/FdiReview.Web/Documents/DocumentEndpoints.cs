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
    [WolverinePost("/api/notifications/{id}/documents"), Authorize(Roles = Roles.Investor + "," + Roles.Officer + "," + Roles.Supervisor), DisableAntiforgery]
    public static async Task<IResult> Upload(Guid id, HttpRequest request, ClaimsPrincipal user, DocumentIntake intake)
    {
        if (!request.HasFormContentType)
            return Results.Problem(statusCode: 415, title: "Send the document as multipart/form-data", detail: "Use a form field named \"file\".");
        var form = await request.ReadFormAsync();
        var file = form.Files.GetFile("file");
        if (file is null)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Required: a non-empty file."] });
        Guid? requestId = Guid.TryParse(form["requestId"], out var rid) ? rid : null;
        var restricted = bool.TryParse(form["restricted"], out var r) && r;

        await using var content = file.OpenReadStream();
        var (result, refusal, document) = await intake.Attach(id, user.RequireActor(), file.FileName, content, file.Length, restricted, requestId);
        return refusal is not null
            ? Results.Problem(statusCode: refusal.Status, title: refusal.Title, detail: refusal.Detail)
            : CaseCommandHttp.ToResult(result!, done => new { version = done.Version, documentId = document!.Id, sha256 = document.Sha256 });
    }

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
    public static async Task<IResult> Download(Guid id, Guid documentId, ClaimsPrincipal user, IQuerySession session, IDocumentStore store, TimeProvider time)
    {
        var actor = user.RequireActor();
        var notification = await session.LoadAsync<Notification>(id);
        var document = notification?.Documents.FirstOrDefault(d => d.Id == documentId);
        if (notification is null || document is null || !notification.CanSee(document, actor)) return Results.NotFound();
        var stored = await session.LoadAsync<StoredDocument>(documentId);
        if (stored is null) return Results.NotFound();
        await Audit.AccessLog.DocumentOpened(store, id, documentId, document.FileName, actor, time.GetUtcNow());
        return Results.File(stored.Content, document.ContentType, document.FileName);
    }
}
