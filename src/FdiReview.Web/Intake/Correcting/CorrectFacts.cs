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

using FdiReview.Domain.Screening;

namespace FdiReview.Web.Intake.Correcting;

/// <summary>
/// The full corrected facts and why; the engine screens them again and both are new events. A correction
/// only adds to the record, so the version it was decided on may be omitted.
/// </summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record CorrectFacts(Guid NotificationId, TransactionFacts? Facts, string? Reason, int? ExpectedVersion = null) : IAdditiveCaseCommand;

public static class CorrectFactsHandler
{
    public static void Before(CorrectFacts command, DecidedOn decidedOn, Notification notification, Actor actor)
    {
        CaseCommandChecks.Check(command, decidedOn, notification, actor, InvestorAction.CorrectFacts);
        var errors = new Dictionary<string, string[]>();
        if (command.Facts is null) errors["facts"] = ["Required: the corrected transaction facts."];
        if (string.IsNullOrWhiteSpace(command.Reason)) errors["reason"] = ["Required: why the facts are corrected."];
        if (errors.Count > 0) throw new InvalidInput(errors, "The correction has invalid or missing fields");
        InvalidInput.RequireValid(command.Facts, "facts.");
        // A filing is under one regime's law and clocks from its first day: another regime is another filing.
        InvalidInput.Require(command.Facts!.Regime == notification.Regime, "facts.regime",
            $"A correction keeps the regime of the filing ({notification.Regime.ToString().ToUpperInvariant()}); file anew under the other regime.");
    }

    /// <summary>Answers with the new determination.</summary>
    [WolverinePost("/api/notifications/{id}/corrections"), Authorize(Policy = Policies.Parties)]
    public static (Determination, Events, OutgoingMessages) Handle(CorrectFacts command, [Case] Notification notification,
        Actor actor, InvestorHistory history, CaseRules rules)
    {
        var (_, events, deadlines) = rules.Decided(notification, history,
            notification.CorrectFacts(command.Facts!, actor, command.Reason, rules.Now, rules.Screening));
        return (events.OfType<ScreeningCompleted>().Last().Determination, events, deadlines);
    }
}
