using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Priority;
using FdiReview.Web.Identity;
using FdiReview.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Disallow = System.Text.Json.Serialization.JsonUnmappedMemberHandlingAttribute;

namespace FdiReview.Web.Review.Consulting;

/// <summary>An officer consults another ministry or agency on the case (never shown to investors).</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record RequestConsultation(Guid NotificationId, string? Agency, string? Question, int? ExpectedVersion = null) : ICaseCommand;

/// <summary>The case's new version and the consultation's id, to record its answer by.</summary>
public sealed record ConsultationSent(int Version, Guid ConsultationId);

public static class RequestConsultationHandler
{
    public static void Before(RequestConsultation command, DecidedOn decidedOn, Notification notification, Actor actor) =>
        CaseCommandChecks.Check(command, decidedOn, notification, actor);

    [WolverinePost("/api/notifications/{id}/consultations"), Authorize(Policy = Policies.AgencyStaff)]
    public static (ConsultationSent, Events, OutgoingMessages) Handle(RequestConsultation command, [Case] Notification notification,
        Actor actor, InvestorHistory history, CaseRules rules)
    {
        var consultationId = Guid.CreateVersion7();
        var (changed, events, deadlines) = rules.Decided(notification, history,
            notification.RequestConsultation(consultationId, command.Agency, command.Question, actor, rules.Now));
        return (new ConsultationSent(changed.Version, consultationId), events, deadlines);
    }
}
