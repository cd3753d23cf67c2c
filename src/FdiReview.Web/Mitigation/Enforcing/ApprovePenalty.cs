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

namespace FdiReview.Web.Mitigation.Enforcing;

/// <summary>Four eyes: an officer other than the proposer approves the proposed penalty, naming the amount approved.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record ApprovePenalty(Guid AgreementId, Guid ViolationId, decimal? Amount, int? ExpectedVersion = null) : IAgreementCommand;

public static class ApprovePenaltyHandler
{
    public static void Before(ApprovePenalty command, DecidedOn decidedOn, MitigationAgreement agreement, AgreementCase parties, Actor actor)
    {
        AgreementRules.Check(command, decidedOn, agreement, parties, actor);
        InvalidInput.Require(command.Amount is not null, "amount", "Required: the penalty amount approved, as proposed.");
    }

    [WolverinePost("/api/agreements/{id}/violations/{violationId}/penalty/approval"), Authorize(Policy = Policies.AgencyStaff)]
    public static (AgreementChanged, Events, OutgoingMessages, IMartenOp) Handle(ApprovePenalty command, [RouteOrMember] Guid violationId, [Agreement] MitigationAgreement agreement,
        AgreementCase parties, Actor actor, AgreementRules rules) =>
        rules.Decided(agreement, parties, agreement.ApprovePenalty(violationId, command.Amount!.Value, actor, rules.Now));
}
