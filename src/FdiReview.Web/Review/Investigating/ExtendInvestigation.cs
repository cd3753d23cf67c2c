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

namespace FdiReview.Web.Review.Investigating;

/// <summary>CFIUS: the one 15-day extension of an investigation, in extraordinary circumstances.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record ExtendInvestigation(Guid NotificationId, string? Reason, int? ExpectedVersion = null) : ICaseCommand;

public static class ExtendInvestigationHandler
{
    public static void Before(ExtendInvestigation command, DecidedOn decidedOn, Notification notification, Actor actor) =>
        CaseCommandChecks.Check(command, decidedOn, notification, actor);

    [WolverinePost("/api/notifications/{id}/investigation/extension"), Authorize(Policy = Policies.AgencyStaff)]
    public static (CaseChanged, Events, OutgoingMessages) Handle(ExtendInvestigation command, [Case] Notification notification,
        Actor actor, InvestorHistory history, CaseRules rules) =>
        rules.Decided(notification, history, notification.ExtendInvestigation(command.Reason, actor, rules.Now, rules.Clocks));
}
