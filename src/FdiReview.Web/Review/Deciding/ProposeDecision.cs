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

/// <summary>An officer proposes the decision, with reasons and conditions; a second officer or a supervisor approves it.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
/// <remarks>With information requests or consultations still open, <c>acknowledgeOpenItems</c> says the officer goes ahead anyway (recorded).</remarks>
public sealed record ProposeDecision(Guid NotificationId, DecisionKind? Decision, string? Reasons, IReadOnlyList<string>? Conditions,
    int? ExpectedVersion = null, bool AcknowledgeOpenItems = false) : ICaseCommand;

public static class ProposeDecisionHandler
{
    public static void Before(ProposeDecision command, DecidedOn decidedOn, Notification notification, Actor actor)
    {
        CaseCommandChecks.Check(command, decidedOn, notification, actor);
        InvalidInput.Require(command.Decision is not null, "decision", "Required: the decision proposed.");
    }

    [WolverinePost("/api/notifications/{id}/decision-proposal"), Authorize(Policy = Policies.AgencyStaff)]
    public static (CaseChanged, Events, OutgoingMessages) Handle(ProposeDecision command, [Case] Notification notification,
        Actor actor, InvestorHistory history, CaseRules rules) =>
        rules.Decided(notification, history,
            notification.ProposeDecision(command.Decision!.Value, command.Reasons, command.Conditions, actor, rules.Now, command.AcknowledgeOpenItems));
}
