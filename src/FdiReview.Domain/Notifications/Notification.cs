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
    /// <summary>The latest screening of the current facts.</summary>
    public Determination? Determination { get; set; }

    public static Notification Create(NotificationFiled filed) => new()
    {
        Id = filed.NotificationId,
        Status = NotificationStatus.Filed,
        Facts = filed.Facts,
        Organization = filed.Organization,
        FiledBy = filed.FiledBy,
        FiledAt = filed.FiledAt,
    };

    public void Apply(ScreeningCompleted screened) => Determination = screened.Determination;

    public void Apply(NotificationFactsCorrected corrected) => Facts = corrected.Facts;

    /// <summary>
    /// An investor files a notification for their organisation; the facts are screened at once, so the case
    /// opens with its determination. Only investors acting for an organisation may file.
    /// </summary>
    public static IReadOnlyList<object> File(Guid id, TransactionFacts facts, Actor investor, DateTimeOffset now, ScreeningOptions? options = null)
    {
        if (investor.Role != Roles.Investor || string.IsNullOrWhiteSpace(investor.Organization))
            throw new DomainRefusal("Only an investor acting for an organisation can file a notification.");
        RequireValid(facts);
        return
        [
            new NotificationFiled(id, facts, investor, investor.Organization, now),
            new ScreeningCompleted(id, ScreeningEngine.Screen(facts, options), "filed", now),
        ];
    }

    /// <summary>
    /// The investor's organisation or an officer corrects the facts, with a reason; the corrected facts are
    /// screened again, as a new event, so the earlier determination stays in the record.
    /// </summary>
    public IReadOnlyList<object> CorrectFacts(TransactionFacts facts, Actor actor, string? reason, DateTimeOffset now, ScreeningOptions? options = null)
    {
        if (!IsVisibleTo(Organization, actor) || actor.Role is not (Roles.Investor or Roles.Officer or Roles.Supervisor))
            throw new DomainRefusal("Only the filing organisation or an officer may correct the facts of a notification.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRefusal("Say why the facts are corrected: the reason is part of the record.");
        RequireValid(facts);
        return
        [
            new NotificationFactsCorrected(Id, facts, actor, reason.Trim(), now),
            new ScreeningCompleted(Id, ScreeningEngine.Screen(facts, options), "facts-corrected", now),
        ];
    }

    private static void RequireValid(TransactionFacts facts)
    {
        var errors = TransactionFactsValidation.Validate(facts);
        if (errors.Count > 0)
            throw new DomainRefusal($"The transaction facts are incomplete: {string.Join(", ", errors.Keys)}.");
    }

    /// <summary>Whether this user may see the notification at all (investors: their organisation's only).</summary>
    public static bool IsVisibleTo(string organization, Actor viewer) =>
        viewer.Role != Roles.Investor || (viewer.Organization is not null && viewer.Organization == organization);
}
