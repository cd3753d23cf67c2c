using System.Security.Claims;
using System.Security.Cryptography;
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
    [WolverinePost("/api/notifications/{id}/documents"), Authorize, DisableAntiforgery]
    public static async Task<IResult> Upload(Guid id, HttpRequest request, ClaimsPrincipal user, CaseCommands cases, DocumentRules rules)
    {
        if (!request.HasFormContentType)
            return Results.Problem(statusCode: 415, title: "Send the document as multipart/form-data", detail: "Use a form field named \"file\".");
        var form = await request.ReadFormAsync();
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Required: a non-empty file."] });
        if (file.Length > rules.MaxBytes)
            return Results.Problem(statusCode: 413, title: "The document is too large",
                detail: $"{file.FileName} has {file.Length:N0} bytes; at most {rules.MaxBytes:N0} are accepted.");
        if (rules.ContentTypeOf(file.FileName) is not { } contentType)
            return Results.Problem(statusCode: 415, title: "This type of document is not accepted",
                detail: $"{file.FileName}: attach PDF, Office documents, images (PNG, JPEG, GIF) or CSV.");
        Guid? requestId = Guid.TryParse(form["requestId"], out var rid) ? rid : null;
        var restricted = bool.TryParse(form["restricted"], out var r) && r;

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        var documentId = Guid.CreateVersion7();
        var document = new CaseDocument(documentId, Path.GetFileName(file.FileName), contentType, bytes.Length,
            Convert.ToHexString(SHA256.HashData(bytes)), restricted, requestId, "", "", default);

        var actor = user.RequireActor();
        var result = await cases.Run(id, null, actor, (n, now) => n.AttachDocument(document, actor, now),
            alongside: session => session.Store(new StoredDocument { Id = documentId, NotificationId = id, Content = bytes }),
            versionRequired: false);
        return CaseCommandHttp.ToResult(result, done => new { version = done.Version, documentId, sha256 = document.Sha256 });
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
    public static async Task<IResult> Download(Guid id, Guid documentId, ClaimsPrincipal user, IQuerySession session)
    {
        var actor = user.RequireActor();
        var notification = await session.LoadAsync<Notification>(id);
        var document = notification?.Documents.FirstOrDefault(d => d.Id == documentId);
        if (notification is null || document is null || !notification.CanSee(document, actor)) return Results.NotFound();
        var stored = await session.LoadAsync<StoredDocument>(documentId);
        return stored is null ? Results.NotFound() : Results.File(stored.Content, document.ContentType, document.FileName);
    }
}
