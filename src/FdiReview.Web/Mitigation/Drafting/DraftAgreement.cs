using FdiReview.Domain;
using FdiReview.Domain.Mitigation;
using FdiReview.Web.Identity;
using FdiReview.Web.Infrastructure;
using FdiReview.Web.Review;
using Microsoft.AspNetCore.Authorization;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Disallow = System.Text.Json.Serialization.JsonUnmappedMemberHandlingAttribute;

using FdiReview.Domain.Notifications;
using Marten;

namespace FdiReview.Web.Mitigation.Drafting;

/// <summary>
/// An officer drafts the mitigation agreement of an open case from the catalogue of conditions. It is a
/// decision on the case (decided on its version): the case must be open and have no live agreement.
/// </summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record DraftAgreement(Guid NotificationId, IReadOnlyList<Condition>? Conditions, int? ExpectedVersion = null) : ICaseCommand;

/// <summary>The new agreement's id, and its version.</summary>
public sealed record AgreementDraftStarted(Guid AgreementId, int Version);

public static class DraftAgreementHandler
{
    /// <summary>Whether the case already has an agreement that is not terminated.</summary>
    public static async Task<LiveAgreement> LoadAsync(DraftAgreement command, Notification notification, IQuerySession session) =>
        new(await session.Query<MitigationAgreement>().AnyAsync(a => a.NotificationId == notification.Id && a.Status != AgreementStatus.Terminated));

    public static void Before(DraftAgreement command, DecidedOn decidedOn, Notification notification, Actor actor)
    {
        CaseCommandChecks.Check(command, decidedOn, notification, actor);
        AgreementInput.RequireTerms(command.Conditions);
    }

    [WolverinePost("/api/notifications/{id}/agreement"), Authorize(Policy = Policies.AgencyStaff)]
    public static (AgreementDraftStarted, Events, IStartStream) Handle(DraftAgreement command, [Case] Notification notification,
        LiveAgreement live, Actor actor, AgreementRules rules)
    {
        if (!notification.Status.IsOpen()) throw new DomainRefusal("The case is closed: draft the agreement while the case is under review.");
        if (live.Exists) throw new DomainRefusal("This notification already has an agreement; propose a new version of it.");
        var agreementId = Guid.CreateVersion7();
        var events = MitigationAgreement.Draft(agreementId, notification.Id, notification.Organization, command.Conditions ?? [], actor, rules.Now);
        return (new AgreementDraftStarted(agreementId, events.Count), [], MartenOps.StartStream<MitigationAgreement>(agreementId, [.. events]));
    }
}

/// <summary>Whether a case has an agreement that is not terminated.</summary>
public sealed record LiveAgreement(bool Exists);
