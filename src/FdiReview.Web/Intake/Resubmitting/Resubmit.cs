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

namespace FdiReview.Web.Intake.Resubmitting;

/// <summary>The investor resubmits a filing returned as incomplete, with a note to the officers.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record Resubmit(Guid NotificationId, string? Note, int? ExpectedVersion = null) : ICaseCommand;

public static class ResubmitHandler
{
    public static void Before(Resubmit command, DecidedOn decidedOn, Notification notification, Actor actor) =>
        CaseCommandChecks.Check(command, decidedOn, notification, actor, InvestorAction.Resubmit);

    [WolverinePost("/api/notifications/{id}/resubmission"), Authorize(Policy = Policies.Investors)]
    public static (CaseChanged, Events, OutgoingMessages) Handle(Resubmit command, [Case] Notification notification,
        Actor actor, InvestorHistory history, CaseRules rules) =>
        rules.Decided(notification, history, notification.Resubmit(command.Note, actor, rules.Now, rules.Clocks));
}
