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

namespace FdiReview.Web.Intake.AddingParticipants;

/// <summary>The filing admin removes a contributor or an agent from the filing.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record RemoveParticipant(Guid NotificationId, string UserId, int? ExpectedVersion = null) : ICaseCommand;

public static class RemoveParticipantHandler
{
    public static void Before(RemoveParticipant command, DecidedOn decidedOn, Notification notification, Actor actor) =>
        CaseCommandChecks.Check(command, decidedOn, notification, actor, InvestorAction.ManageParticipants);

    [WolverinePost("/api/notifications/{id}/participants/{userId}/removal"), Authorize(Policy = Policies.Investors)]
    public static (CaseChanged, Events, OutgoingMessages) Handle(RemoveParticipant command, [RouteOrMember] string userId,
        [Case] Notification notification, Actor actor, InvestorHistory history, CaseRules rules) =>
        rules.Decided(notification, history, notification.RemoveParticipant(userId, actor, rules.Now));
}
