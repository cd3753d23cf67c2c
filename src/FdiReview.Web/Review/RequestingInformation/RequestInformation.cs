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

namespace FdiReview.Web.Review.RequestingInformation;

/// <summary>An officer asks the investor questions, with a response deadline (CFIUS: 3 business days).</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record RequestInformation(Guid NotificationId, string? Questions, int? ExpectedVersion = null) : ICaseCommand;

/// <summary>The case's new version and the request's id, to answer it by.</summary>
public sealed record InformationRequestSent(int Version, Guid RequestId);

public static class RequestInformationHandler
{
    public static void Before(RequestInformation command, DecidedOn decidedOn, Notification notification, Actor actor) =>
        CaseCommandChecks.Check(command, decidedOn, notification, actor);

    [WolverinePost("/api/notifications/{id}/information-requests"), Authorize(Policy = Policies.AgencyStaff)]
    public static (InformationRequestSent, Events, OutgoingMessages) Handle(RequestInformation command, [Case] Notification notification,
        Actor actor, InvestorHistory history, CaseRules rules)
    {
        var requestId = Guid.CreateVersion7();
        var (changed, events, deadlines) = rules.Decided(notification, history,
            notification.RequestInformation(requestId, command.Questions, actor, rules.Now, rules.Clocks));
        return (new InformationRequestSent(changed.Version, requestId), events, deadlines);
    }
}
