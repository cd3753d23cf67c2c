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

namespace FdiReview.Web.Intake.AnsweringRecommendations;

/// <summary>FEFTA: the investor accepts the recommendation to change or suspend the investment, or does not.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record AnswerRecommendation(Guid NotificationId, bool? Accepted, string? Comment, int? ExpectedVersion = null) : ICaseCommand;

public static class AnswerRecommendationHandler
{
    public static void Before(AnswerRecommendation command, DecidedOn decidedOn, Notification notification, Actor actor)
    {
        CaseCommandChecks.Check(command, decidedOn, notification, actor, InvestorAction.AnswerRecommendation);
        InvalidInput.Require(command.Accepted is not null, "accepted", "Required: whether the recommendation is accepted.");
    }

    [WolverinePost("/api/notifications/{id}/recommendation-reply"), Authorize(Policy = Policies.Investors)]
    public static (CaseChanged, Events, OutgoingMessages) Handle(AnswerRecommendation command, [Case] Notification notification,
        Actor actor, InvestorHistory history, CaseRules rules) =>
        rules.Decided(notification, history, notification.AnswerRecommendation(command.Accepted!.Value, command.Comment, actor, rules.Now));
}
