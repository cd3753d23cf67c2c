using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Notifications;

/// <summary>An investor filed a notification: the first event of every notification stream.</summary>
/// <param name="Organization">The investor organisation the notification belongs to; only its users see it.</param>
public sealed record NotificationFiled(
    Guid NotificationId,
    TransactionFacts Facts,
    Actor FiledBy,
    string Organization,
    DateTimeOffset FiledAt);
