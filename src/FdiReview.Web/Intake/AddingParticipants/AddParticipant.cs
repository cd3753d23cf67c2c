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

/// <summary>The filing admin adds a colleague of the same organisation as a contributor or an agent (counsel).</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record AddParticipant(Guid NotificationId, string? UserId, ParticipantRole? Role, int? ExpectedVersion = null) : ICaseCommand;

public static class AddParticipantHandler
{
    public static void Before(AddParticipant command, DecidedOn decidedOn, Notification notification, Actor actor)
    {
        CaseCommandChecks.Check(command, decidedOn, notification, actor, InvestorAction.ManageParticipants);
        var errors = new Dictionary<string, string[]>();
        if (command.UserId is null or "") errors["userId"] = ["Required: the user to add."];
        if (command.Role is null) errors["role"] = ["Required: contributor or agent."];
        if (errors.Count > 0) throw new InvalidInput(errors);
    }

    [WolverinePost("/api/notifications/{id}/participants"), Authorize(Policy = Policies.Investors)]
    public static (CaseChanged, Events, OutgoingMessages) Handle(AddParticipant command, [Case] Notification notification,
        Actor actor, InvestorHistory history, CaseRules rules)
    {
        // Users come from the organisation's directory; someone unknown is refused like a stranger.
        var colleague = InvestorDirectory.Find(command.UserId!) ?? new Actor(command.UserId!, command.UserId!, "Unknown");
        return rules.Decided(notification, history, notification.AddParticipant(colleague, command.Role!.Value, actor, rules.Now));
    }
}

/// <summary>The investor users FdiReview knows (the demo directory in Development; the identity provider's users otherwise).</summary>
public static class InvestorDirectory
{
    public static Actor? Find(string userId) => DemoUsers.Find(userId) is { Role: Roles.Investor } user ? user : null;

    public static IReadOnlyList<Actor> ColleaguesOf(Actor investor) =>
        DemoUsers.All.Where(u => u.Role == Roles.Investor && u.Organization == investor.Organization && u.UserId != investor.UserId).ToList();
}
