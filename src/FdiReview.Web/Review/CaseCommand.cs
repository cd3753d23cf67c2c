using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Web.Infrastructure;

namespace FdiReview.Web.Review;

/// <summary>A message about one notification: a user's command or a deadline.</summary>
public interface ICaseMessage
{
    Guid NotificationId { get; }
}

/// <summary>A command on one notification: which one, and the version of the case the user decided on.</summary>
public interface ICaseCommand : ICaseMessage
{
    int? ExpectedVersion { get; }
}

/// <summary>A step that only adds to the case (a document, a correction screened anew) and so cannot conflict: its version may be omitted.</summary>
public interface IAdditiveCaseCommand : ICaseCommand;

/// <summary>What a command on a case answers: the version the case is at now.</summary>
public sealed record CaseChanged(int Version);

/// <summary>
/// Before every decision on a notification, after Wolverine loaded it for writing: a case the user may not
/// see is not found, and the version the user decided on must be the case's version (optimistic concurrency:
/// of two officers acting at once exactly one wins; Marten checks it again at commit).
/// </summary>
public static class CaseCommandChecks
{
    public static void Check(ICaseCommand command, DecidedOn decidedOn, Notification notification, Actor actor, InvestorAction? asParticipant = null)
    {
        if (!notification.IsVisibleTo(actor)) throw new NotFound("No such notification.");
        RequireParticipantMay(notification, actor, asParticipant);
        DecidedOn.Check(decidedOn.Or(command.ExpectedVersion), notification.Version, command is IAdditiveCaseCommand, "case");
    }

    /// <summary>The participant policy: an investor user whose role on the filing does not allow the step is refused (403).</summary>
    public static void RequireParticipantMay(Notification notification, Actor actor, InvestorAction? action)
    {
        if (action is { } step && !notification.ParticipantMay(actor, step))
            throw new UnauthorizedAccessException(
                $"Your role on this filing does not allow this step; it is for the {ParticipantPolicy.WhoMay(step)}.");
    }
}
