using FdiReview.Domain;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Mitigation;
using FdiReview.Domain.Notifications;
using FdiReview.Web.Infrastructure;
using FdiReview.Web.Review;
using Marten;
using Wolverine;
using Wolverine.Marten;

namespace FdiReview.Web.Mitigation;

/// <summary>A command on one mitigation agreement: which one, and the version of the agreement the user decided on.</summary>
public interface IAgreementCommand
{
    Guid AgreementId { get; }
    int? ExpectedVersion { get; }
}

/// <summary>What a command on an agreement answers: the version the agreement is at now.</summary>
public sealed record AgreementChanged(int Version);

/// <summary>The notification an agreement belongs to: who its parties are, and the regime whose calendar its dates follow.</summary>
public sealed record AgreementCase(Notification Notification)
{
    public IBusinessCalendar Calendar => ClockRules.CalendarFor(Notification.Regime);
    public DateOnly Today(DateTimeOffset now) => Calendar.Today(now);

    public static async Task<AgreementCase?> Of(IQuerySession session, Guid agreementId, CancellationToken cancellation)
    {
        var notificationId = await session.Query<MitigationAgreement>().Where(a => a.Id == agreementId)
            .Select(a => a.NotificationId).FirstOrDefaultAsync(cancellation);
        return await session.LoadAsync<Notification>(notificationId, cancellation) is { } notification ? new AgreementCase(notification) : null;
    }

    /// <summary>Loaded before every command on an agreement; on the API the agreement is named by the route.</summary>
    public static class ForRoute
    {
        public static async Task<AgreementCase> LoadAsync(Guid id, IQuerySession session, CancellationToken cancellation) =>
            await Of(session, id, cancellation) ?? throw new NotFound("No such agreement.");
    }

    public static class ForMessage
    {
        public static async Task<AgreementCase> LoadAsync(Envelope envelope, IQuerySession session, CancellationToken cancellation) =>
            await Of(session, ((IAgreementCommand)envelope.Message!).AgreementId, cancellation) ?? throw new NotFound("No such agreement.");
    }

    /// <summary>Whether this user is a party: the agency, or a participant of the notification.</summary>
    public static async Task<bool> CanSee(IQuerySession session, MitigationAgreement agreement, Actor actor, CancellationToken cancellation = default) =>
        actor.Role != Roles.Investor || (await session.LoadAsync<Notification>(agreement.NotificationId, cancellation))?.IsVisibleTo(actor) == true;
}

/// <summary>
/// Before every decision on an agreement: only its parties find it, and the version decided on must be the
/// agreement's; after it, the obligation deadlines it starts and, when it came into force, the notification's
/// record of that in the same transaction.
/// </summary>
public sealed class AgreementRules(TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public static void Check(IAgreementCommand command, DecidedOn decidedOn, MitigationAgreement agreement, AgreementCase parties, Actor actor,
        InvestorAction? asParticipant = null)
    {
        if (!parties.Notification.IsVisibleTo(actor)) throw new NotFound("No such agreement.");
        CaseCommandChecks.RequireParticipantMay(parties.Notification, actor, asParticipant);
        DecidedOn.Check(decidedOn.Or(command.ExpectedVersion), agreement.Version, false, "agreement");
    }

    public (AgreementChanged, Events, OutgoingMessages, IMartenOp) Decided(MitigationAgreement agreement, AgreementCase parties, IReadOnlyList<object> decided)
    {
        var messages = AgreementDeadlines.For(decided, parties.Calendar);
        var inForce = decided.OfType<AgreementInForce>().Select(e => new MitigationAgreementInForce(agreement.NotificationId, agreement.Id, e.Version, e.At,
            [.. agreement.Versions.First(v => v.Number == e.Version).Conditions.Select(c => c.Text)])).ToArray();
        return (new AgreementChanged(agreement.Version + decided.Count), [.. decided], messages,
            // At the case's known version (Marten takes the version after the append), so its snapshot's version follows and
            // a case that moved meanwhile is a conflict.
            inForce.Length == 0 ? MartenOps.Nothing() : MartenOps.Append(agreement.NotificationId, parties.Notification.Version + inForce.Length, [.. inForce]));
    }
}

/// <summary>
/// The ranges an agreement's dates and numbers must fall in to mean anything (and to be computed with at all): a 400
/// naming the field, before the agreement decides.
/// </summary>
public static class AgreementInput
{
    public const int MaxNoticeDays = 3_650;

    public static void RequireTerms(IReadOnlyList<Condition>? conditions)
    {
        for (var i = 0; i < (conditions?.Count ?? 0); i++)
        {
            var condition = conditions![i];
            InvalidInput.Require(condition is not null, $"conditions[{i}]", "A condition must be an object.");
            InvalidInput.RequireDate(condition!.DueBy, $"conditions[{i}].dueBy");
            InvalidInput.Require(condition.NoticeDays is null or (>= 1 and <= MaxNoticeDays), $"conditions[{i}].noticeDays", $"From 1 to {MaxNoticeDays:N0} days.");
            InvalidInput.Require(condition.EveryMonths is null or (>= 1 and <= 24), $"conditions[{i}].everyMonths", "Every 1 to 24 months.");
        }
    }
}
