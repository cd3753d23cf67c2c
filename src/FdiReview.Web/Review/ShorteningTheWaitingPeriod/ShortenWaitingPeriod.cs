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

namespace FdiReview.Web.Review.ShorteningTheWaitingPeriod;

/// <summary>FEFTA: the waiting period ends earlier than 30 days, on the day given, saying why.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record ShortenWaitingPeriod(Guid NotificationId, DateOnly? NewDue, string? Reason, int? ExpectedVersion = null) : ICaseCommand;

public static class ShortenWaitingPeriodHandler
{
    public static void Before(ShortenWaitingPeriod command, DecidedOn decidedOn, Notification notification, Actor actor)
    {
        CaseCommandChecks.Check(command, decidedOn, notification, actor);
        InvalidInput.Require(command.NewDue is not null, "newDue", "Required: the day the shortened waiting period ends.");
        InvalidInput.RequireDate(command.NewDue, "newDue");
    }

    [WolverinePost("/api/notifications/{id}/waiting-period/shortening"), Authorize(Policy = Policies.AgencyStaff)]
    public static (CaseChanged, Events, OutgoingMessages) Handle(ShortenWaitingPeriod command, [Case] Notification notification,
        Actor actor, InvestorHistory history, CaseRules rules) =>
        rules.Decided(notification, history, notification.ShortenWaitingPeriod(command.NewDue!.Value, command.Reason, actor, rules.Now));
}
