using FdiReview.Domain;
using FdiReview.Web.Documents.Attaching;
using FdiReview.Web.Identity;
using Wolverine;

namespace FdiReview.Web.Documents;

/// <summary>Why an attachment was not taken, for an RFC 9457 answer or an inline message.</summary>
public sealed record DocumentRefusal(int Status, string Title, string Detail);

/// <summary>
/// Takes an attachment for the API and the portal alike: checks type and size on the stream (before the
/// bytes reach a command), then sends <see cref="AttachDocument"/>.
/// </summary>
public sealed class DocumentIntake(IMessageBus bus, DocumentRules rules)
{
    public DocumentRules Rules => rules;

    public DocumentRefusal? Check(string fileName, long length) => rules.Check(fileName, length);

    public async Task<(DocumentReceived? Received, DocumentRefusal? Refusal)> Attach(
        Guid notificationId, int? expectedVersion, Actor actor, string fileName, Stream content, long length, bool restricted, Guid? requestId)
    {
        if (Check(fileName, length) is { } refusal) return (null, refusal);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        if (Check(fileName, bytes.Length) is { } afterRead) return (null, afterRead);
        return (await bus.SendAs<DocumentReceived>(new AttachDocument(notificationId, fileName, rules.ContentTypeOf(fileName)!, bytes, restricted,
            requestId, expectedVersion), actor), null);
    }
}
