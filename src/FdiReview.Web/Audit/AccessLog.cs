using System.Security.Cryptography;
using System.Text;
using FdiReview.Domain;
using FdiReview.Domain.Audit;
using Marten;

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

    public static async Task PageOpened(IDocumentStore store, Guid notificationId, string page, Actor by, DateTimeOffset at) =>
        await Append(store, notificationId, by, new CasePageOpened(notificationId, page, by, at));

    public static async Task DocumentOpened(IDocumentStore store, Guid notificationId, Guid documentId, string fileName, Actor by, DateTimeOffset at) =>
        await Append(store, notificationId, by, new DocumentOpened(notificationId, documentId, fileName, by, at));

    private static async Task Append(IDocumentStore store, Guid notificationId, Actor by, object opened)
    {
        await using var session = store.LightweightSession();
        session.LastModifiedBy = by.UserId;
        session.Events.Append(StreamFor(notificationId), opened);
        await session.SaveChangesAsync();
    }
}
