using FdiReview.Domain.Notifications;
using FdiReview.Domain;
using FdiReview.Domain.Mitigation;
using FdiReview.Web.Identity;
using FdiReview.Web.Infrastructure;
using FdiReview.Web.Review;
using Microsoft.AspNetCore.Authorization;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Disallow = System.Text.Json.Serialization.JsonUnmappedMemberHandlingAttribute;

namespace FdiReview.Web.Mitigation.GivingNotice;

/// <summary>A party reports a planned change of ownership: a notice obligation falls due the agreed number of days before it.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record RecordNoticeEvent(Guid AgreementId, string? ConditionKey, string? Description, DateOnly? On, int? ExpectedVersion = null) : IAgreementCommand;

public static class RecordNoticeEventHandler
{
    public static void Before(RecordNoticeEvent command, DecidedOn decidedOn, MitigationAgreement agreement, AgreementCase parties, Actor actor)
    {
        AgreementRules.Check(command, decidedOn, agreement, parties, actor, InvestorAction.GiveNotice);
        InvalidInput.RequireDate(command.On, "on");
    }

    [WolverinePost("/api/agreements/{id}/notice-events"), Authorize(Policy = Policies.Parties)]
    public static (AgreementChanged, Events, OutgoingMessages, IMartenOp) Handle(RecordNoticeEvent command, [Agreement] MitigationAgreement agreement,
        AgreementCase parties, Actor actor, AgreementRules rules) =>
        rules.Decided(agreement, parties, agreement.RecordNoticeEvent(command.ConditionKey ?? "", command.Description, command.On ?? default, actor, rules.Now, parties.Today(rules.Now)));
}
