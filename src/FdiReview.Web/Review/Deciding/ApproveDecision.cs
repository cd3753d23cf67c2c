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

namespace FdiReview.Web.Review.Deciding;

/// <summary>
/// Four eyes: an officer other than the proposer, or a supervisor, approves the proposed decision and closes the case.
/// The approval names the decision and the conditions it approves (none when omitted).
/// </summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record ApproveDecision(Guid NotificationId, DecisionKind? Decision, IReadOnlyList<string>? Conditions, int? ExpectedVersion = null,
    bool AcknowledgeOpenItems = false) : ICaseCommand;

public static class ApproveDecisionHandler
{
    public static void Before(ApproveDecision command, DecidedOn decidedOn, Notification notification, Actor actor)
    {
        CaseCommandChecks.Check(command, decidedOn, notification, actor);
        InvalidInput.Require(command.Decision is not null, "decision", "Required: the decision approved, as proposed.");
    }

    [WolverinePost("/api/notifications/{id}/decision-proposal/approval"), Authorize(Policy = Policies.AgencyStaff)]
    public static (CaseChanged, Events, OutgoingMessages) Handle(ApproveDecision command, [Case] Notification notification,
        Actor actor, InvestorHistory history, CaseRules rules) =>
        rules.Decided(notification, history, notification.ApproveDecision(command.Decision!.Value, command.Conditions, actor, rules.Now, rules.Clocks, command.AcknowledgeOpenItems));
}
