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

namespace FdiReview.Web.Review.Assigning;

/// <summary>An officer takes a case (no officer named); a supervisor assigns or reassigns it, saying why.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record AssignCase(Guid NotificationId, string? OfficerId, string? Reason, int? ExpectedVersion = null) : ICaseCommand;

public static class AssignCaseHandler
{
    public static void Before(AssignCase command, DecidedOn decidedOn, Notification notification, Actor actor) =>
        CaseCommandChecks.Check(command, decidedOn, notification, actor);

    [WolverinePost("/api/notifications/{id}/assignment"), Authorize(Policy = Policies.AgencyStaff)]
    public static (CaseChanged, Events, OutgoingMessages) Handle(AssignCase command, [Case] Notification notification,
        Actor actor, InvestorHistory history, CaseRules rules)
    {
        var officer = command.OfficerId is null or "" ? actor : Officers.Find(command.OfficerId);
        return rules.Decided(notification, history, notification.Assign(officer, actor, command.Reason, rules.Now));
    }
}

/// <summary>The agency's officers as the console lists them for assignment.</summary>
public static class Officers
{
    public static IReadOnlyList<Actor> All => DemoUsers.All.Where(u => u.Role is Roles.Officer or Roles.Supervisor).ToList();

    /// <summary>An id the directory does not know is refused by the aggregate as not an officer.</summary>
    public static Actor Find(string id) => DemoUsers.Find(id) ?? new Actor(id, id, "Unknown");
}
