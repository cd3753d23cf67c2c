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

namespace FdiReview.Web.Review.Consulting;

/// <summary>
/// FEFTA Art. 27 (N5): an officer records that the Council on Customs, Tariff, Foreign Exchange and Other Transactions
/// (関税・外国為替等審議会) was heard, on which day, and what it advised — a recommendation cannot be proposed before.
/// </summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record RecordCouncilOpinion(Guid NotificationId, DateOnly? HeardOn, string? Opinion, int? ExpectedVersion = null) : ICaseCommand;

public static class RecordCouncilOpinionHandler
{
    public static void Before(RecordCouncilOpinion command, DecidedOn decidedOn, Notification notification, Actor actor) =>
        CaseCommandChecks.Check(command, decidedOn, notification, actor);

    [WolverinePost("/api/notifications/{id}/council-opinion"), Authorize(Policy = Policies.AgencyStaff)]
    public static (CaseChanged, Events, OutgoingMessages) Handle(RecordCouncilOpinion command, [Case] Notification notification,
        Actor actor, InvestorHistory history, CaseRules rules) =>
        rules.Decided(notification, history, notification.RecordCouncilOpinion(command.HeardOn, command.Opinion, actor, rules.Now));
}
