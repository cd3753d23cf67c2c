using FdiReview.Domain;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Priority;
using FdiReview.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using FdiReview.Web.Infrastructure;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace FdiReview.Web.Review.Accepting;

/// <summary>An officer accepts a complete filing: the receipt number is issued and the statutory period starts.</summary>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record AcceptNotification(Guid NotificationId, int? ExpectedVersion = null) : ICaseCommand;

public static class AcceptNotificationHandler
{
    public static void Before(AcceptNotification command, DecidedOn decidedOn, Notification notification, Actor actor) =>
        CaseCommandChecks.Check(command, decidedOn, notification, actor);

    [WolverinePost("/api/notifications/{id}/acceptance"), Authorize(Policy = Policies.AgencyStaff)]
    public static (CaseChanged, Events, OutgoingMessages) Handle(AcceptNotification command, [Case] Notification notification,
        Actor actor, InvestorHistory history, CaseRules rules) =>
        rules.Decided(notification, history, notification.Accept(actor, rules.Now, rules.Clocks));
}
