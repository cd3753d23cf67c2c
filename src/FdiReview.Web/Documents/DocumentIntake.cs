using System.Security.Cryptography;
using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Web.Review;

namespace FdiReview.Web.Documents;

/// <summary>Why an attachment was not taken, for an RFC 9457 answer or an inline message.</summary>
public sealed record DocumentRefusal(int Status, string Title, string Detail);

/// <summary>
/// Takes an attachment for the API and the portal alike: checks type and size, hashes it, and records it
/// on the case with its content in one transaction.
/// </summary>
public sealed class DocumentIntake(CaseCommands cases, DocumentRules rules)
{
    public DocumentRules Rules => rules;

    public DocumentRefusal? Check(string fileName, long length) =>
        length <= 0 ? new DocumentRefusal(400, "The document is empty", $"{fileName} has no content.")
        : length > rules.MaxBytes ? new DocumentRefusal(413, "The document is too large",
            $"{fileName} has {length:N0} bytes; at most {rules.MaxBytes:N0} are accepted.")
        : rules.ContentTypeOf(fileName) is null ? new DocumentRefusal(415, "This type of document is not accepted",
            $"{fileName}: attach PDF, Office documents, images (PNG, JPEG, GIF) or CSV.")
        : null;

    public async Task<(CaseCommandResult? Result, DocumentRefusal? Refusal, CaseDocument? Document)> Attach(
        Guid notificationId, Actor actor, string fileName, Stream content, long length, bool restricted, Guid? requestId)
    {
        if (Check(fileName, length) is { } refusal) return (null, refusal, null);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        if (Check(fileName, bytes.Length) is { } afterRead) return (null, afterRead, null);

        var documentId = Guid.CreateVersion7();
        var document = new CaseDocument(documentId, Path.GetFileName(fileName), rules.ContentTypeOf(fileName)!, bytes.Length,
            Convert.ToHexString(SHA256.HashData(bytes)), restricted, requestId, "", "", default);
        var result = await cases.Run(notificationId, null, actor, (n, now) => n.AttachDocument(document, actor, now),
            alongside: session => session.Store(new StoredDocument { Id = documentId, NotificationId = notificationId, Content = bytes }),
            versionRequired: false);
        return (result, null, document);
    }
}
