using System.Security.Claims;
using System.Security.Cryptography;
using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Priority;
using FdiReview.Web.Identity;
using FdiReview.Web.Infrastructure;
using FdiReview.Web.Review;
using Microsoft.AspNetCore.Authorization;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace FdiReview.Web.Documents.Attaching;

/// <summary>
/// A document for the case, already checked for type and size (<see cref="DocumentIntake"/>): recorded with its
/// SHA-256 in a <see cref="DocumentAttached"/> event, its content stored in the same transaction. Purely additive,
/// so the version may be omitted.
/// </summary>
public sealed record AttachDocument(Guid NotificationId, string FileName, string ContentType, byte[] Content, bool Restricted, Guid? RequestId,
    int? ExpectedVersion = null) : IAdditiveCaseCommand;

/// <summary>The case's new version, the document's id and its digest.</summary>
public sealed record DocumentReceived(int Version, Guid DocumentId, string Sha256);

public static partial class AttachDocumentHandler
{
    public static void Before(AttachDocument command, DecidedOn decidedOn, Notification notification, Actor actor) =>
        CaseCommandChecks.Check(command, decidedOn, notification, actor, InvestorAction.AttachDocument);

    public static (DocumentReceived, Events, OutgoingMessages, IMartenOp) Handle(AttachDocument command, [Case] Notification notification,
        Actor actor, InvestorHistory history, CaseRules rules)
    {
        var document = new CaseDocument(Guid.CreateVersion7(), CleanName(command.FileName), command.ContentType, command.Content.Length,
            Convert.ToHexString(SHA256.HashData(command.Content)), command.Restricted, command.RequestId, "", "", default);
        var (changed, events, deadlines) = rules.Decided(notification, history, notification.AttachDocument(document, actor, rules.Now));
        return (new DocumentReceived(changed.Version, document.Id, document.Sha256), events, deadlines,
            MartenOps.Store(new StoredDocument { Id = document.Id, NotificationId = notification.Id, Content = command.Content }));
    }
}

public static partial class AttachDocumentHandler
{
    /// <summary>The file's own name, without folders, quotes or control characters, so it can be offered back in a download header.</summary>
    public static string CleanName(string fileName)
    {
        var name = Unsafe().Replace(Path.GetFileName(fileName.Replace('\\', '/')), "_").Trim();
        return name.Length == 0 ? "document" : name;
    }

    [System.Text.RegularExpressions.GeneratedRegex("[\"\\p{C}]")]
    private static partial System.Text.RegularExpressions.Regex Unsafe();
}

/// <summary>The API's multipart form for an attachment: <c>file</c>, optional <c>restricted</c> and <c>requestId</c>; the version in If-Match.</summary>
public static class AttachDocumentEndpoint
{
    [WolverinePost("/api/notifications/{id}/documents"), Authorize(Policy = Policies.Parties), DisableAntiforgery]
    public static async Task<IResult> Post(Guid id, HttpRequest request, ClaimsPrincipal user, DocumentIntake intake)
    {
        if (!request.HasFormContentType)
            return Results.Problem(statusCode: 415, title: "Send the document as multipart/form-data", detail: "Use a form field named \"file\".");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException or FormatException)
        {
            return Results.Problem(statusCode: 400, title: "The form could not be read", detail: "Send multipart/form-data with a field named \"file\".");
        }
        var file = form.Files.GetFile("file");
        if (file is null)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Required: a non-empty file."] });
        Guid? requestId = Guid.TryParse(form["requestId"], out var rid) ? rid : null;
        if (Refused(form) is { } refused) return refused;
        var restricted = form["restricted"].ToString() is "true";

        await using var content = file.OpenReadStream();
        var (received, refusal) = await intake.Attach(id, DecidedOn.FromHeader.Before(request.HttpContext).Version, user.RequireActor(),
            file.FileName, content, file.Length, restricted, requestId);
        return refusal is not null ? Results.Problem(statusCode: refusal.Status, title: refusal.Title, detail: refusal.Detail) : Results.Ok(received);
    }

    /// <summary>Form fields that mean something only as written: anything else is a 400, never a silent default.</summary>
    private static IResult? Refused(IFormCollection form)
    {
        var errors = new Dictionary<string, string[]>();
        if (form.TryGetValue("restricted", out var restricted) && restricted.ToString() is not ("true" or "false"))
            errors["restricted"] = ["Either true (seen only by you and the agency) or false."];
        if (form.TryGetValue("requestId", out var request) && request.ToString().Length > 0 && !Guid.TryParse(request, out _))
            errors["requestId"] = ["The id of one of the case's information requests."];
        return errors.Count > 0 ? Results.ValidationProblem(errors) : null;
    }
}
