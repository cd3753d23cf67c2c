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
        return await Attach(notificationId, expectedVersion, actor, fileName, buffer.ToArray(), restricted, requestId);
    }

    /// <summary>The same, for a file already read whole (the console's upload form reads it when chosen).</summary>
    public async Task<(DocumentReceived? Received, DocumentRefusal? Refusal)> Attach(
        Guid notificationId, int? expectedVersion, Actor actor, string fileName, byte[] content, bool restricted, Guid? requestId)
    {
        if (Check(fileName, content.Length) is { } refusal) return (null, refusal);
        return (await bus.SendAs<DocumentReceived>(new AttachDocument(notificationId, fileName, rules.ContentTypeOf(fileName)!, content, restricted,
            requestId, expectedVersion), actor), null);
    }
}
