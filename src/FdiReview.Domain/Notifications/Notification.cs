using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Notifications;

/// <summary>
/// The notification aggregate: its state is built only from its events (Marten calls the
/// <c>Create</c>/<c>Apply</c> methods); its decisions return new events or refuse with a domain error.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public NotificationStatus Status { get; set; }
    public TransactionFacts Facts { get; set; } = new();
    public string Organization { get; set; } = "";
    public Actor FiledBy { get; set; } = new("", "", "");
    public DateTimeOffset FiledAt { get; set; }

    public static Notification Create(NotificationFiled filed) => new()
    {
        Id = filed.NotificationId,
        Status = NotificationStatus.Filed,
        Facts = filed.Facts,
        Organization = filed.Organization,
        FiledBy = filed.FiledBy,
        FiledAt = filed.FiledAt,
    };

    /// <summary>
    /// An investor files a notification for their organisation. Facts must already be valid in shape
    /// (<see cref="TransactionFactsValidation"/>); only investors acting for an organisation may file.
    /// </summary>
    public static NotificationFiled File(Guid id, TransactionFacts facts, Actor investor, DateTimeOffset now)
    {
        if (investor.Role != Roles.Investor || string.IsNullOrWhiteSpace(investor.Organization))
            throw new DomainRefusal("Only an investor acting for an organisation can file a notification.");
        var errors = TransactionFactsValidation.Validate(facts);
        if (errors.Count > 0)
            throw new DomainRefusal($"The transaction facts are incomplete: {string.Join(", ", errors.Keys)}.");
        return new NotificationFiled(id, facts, investor, investor.Organization, now);
    }

    /// <summary>Whether this user may see the notification at all (investors: their organisation's only).</summary>
    public static bool IsVisibleTo(string organization, Actor viewer) =>
        viewer.Role != Roles.Investor || (viewer.Organization is not null && viewer.Organization == organization);
}
