using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Priority;
using FdiReview.Web.Identity;
using FdiReview.Web.Infrastructure;
using FdiReview.Web.Review;
using Microsoft.AspNetCore.Authorization;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Disallow = System.Text.Json.Serialization.JsonUnmappedMemberHandlingAttribute;

namespace FdiReview.Web.Intake.AnsweringInformationRequests;

/// <summary>
/// The investor answers an officer's information request (route and stored event keep their first names,
/// "response" and <c>InformationProvided</c>, which clients and the record already use).
/// </summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record AnswerInformationRequest(Guid NotificationId, Guid RequestId, string? Response, int? ExpectedVersion = null) : ICaseCommand;

public static class AnswerInformationRequestHandler
{
    public static void Before(AnswerInformationRequest command, DecidedOn decidedOn, Notification notification, Actor actor) =>
        CaseCommandChecks.Check(command, decidedOn, notification, actor, InvestorAction.AnswerInformationRequest);

    [WolverinePost("/api/notifications/{id}/information-requests/{requestId}/response"), Authorize(Policy = Policies.Investors)]
    public static (CaseChanged, Events, OutgoingMessages) Handle(AnswerInformationRequest command, [RouteOrMember] Guid requestId,
        [Case] Notification notification, Actor actor, InvestorHistory history, CaseRules rules) =>
        rules.Decided(notification, history, notification.AnswerInformationRequest(requestId, command.Response, actor, rules.Now, rules.Clocks));
}
