using System.Security.Cryptography;
using System.Text;
using FdiReview.Domain;
using FdiReview.Domain.Audit;
using Wolverine.Marten;

namespace FdiReview.Web.Audit;

/// <summary>
/// Who looked at a case, kept as events in a stream of its own per case — not in the notification's stream,
/// so reading never changes the case's version — and sealed into the audit chain like every other event.
/// </summary>
public static class AccessLog
{
    /// <summary>A stable stream id derived from the case's, so the log needs no lookup table.</summary>
    public static Guid StreamFor(Guid notificationId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"fdireview/access-log/{notificationId:D}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // RFC 9562 version 8: a name-derived id
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

}

/// <summary>A page of the case was opened: sent by the console, the portal and the audit replay once they are interactive.</summary>
public sealed record RecordPageOpened(Guid NotificationId, string Page);

/// <summary>A document of the case was downloaded.</summary>
public sealed record RecordDocumentOpened(Guid NotificationId, Guid DocumentId, string FileName);

/// <summary>Each look is an event in the case's access stream, by the user who looked.</summary>
public static class AccessLogHandler
{
    public static IMartenOp Handle(RecordPageOpened opened, Actor actor, TimeProvider time) =>
        MartenOps.Append(AccessLog.StreamFor(opened.NotificationId), new CasePageOpened(opened.NotificationId, opened.Page, actor, time.GetUtcNow()));

    public static IMartenOp Handle(RecordDocumentOpened opened, Actor actor, TimeProvider time) =>
        MartenOps.Append(AccessLog.StreamFor(opened.NotificationId),
            new DocumentOpened(opened.NotificationId, opened.DocumentId, opened.FileName, actor, time.GetUtcNow()));
}
