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

/// <summary>An officer records the consulted ministry's answer.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record RecordConsultationAnswer(Guid NotificationId, Guid ConsultationId, string? Answer, int? ExpectedVersion = null) : ICaseCommand;

public static class RecordConsultationAnswerHandler
{
    public static void Before(RecordConsultationAnswer command, DecidedOn decidedOn, Notification notification, Actor actor) =>
        CaseCommandChecks.Check(command, decidedOn, notification, actor);

    [WolverinePost("/api/notifications/{id}/consultations/{consultationId}/answer"), Authorize(Policy = Policies.AgencyStaff)]
    public static (CaseChanged, Events, OutgoingMessages) Handle(RecordConsultationAnswer command, [RouteOrMember] Guid consultationId,
        [Case] Notification notification, Actor actor, InvestorHistory history, CaseRules rules) =>
        rules.Decided(notification, history, notification.RecordConsultationAnswer(consultationId, command.Answer, actor, rules.Now));
}
