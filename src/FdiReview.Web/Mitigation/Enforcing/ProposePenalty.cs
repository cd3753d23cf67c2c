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

/// <summary>An officer proposes a penalty for a violation; a second officer approves it.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record ProposePenalty(Guid AgreementId, Guid ViolationId, decimal? Amount, string? Basis, int? ExpectedVersion = null) : IAgreementCommand;

public static class ProposePenaltyHandler
{
    public static void Before(ProposePenalty command, DecidedOn decidedOn, MitigationAgreement agreement, AgreementCase parties, Actor actor) =>
        AgreementRules.Check(command, decidedOn, agreement, parties, actor);

    [WolverinePost("/api/agreements/{id}/violations/{violationId}/penalty"), Authorize(Policy = Policies.AgencyStaff)]
    public static (AgreementChanged, Events, OutgoingMessages, IMartenOp) Handle(ProposePenalty command, [RouteOrMember] Guid violationId, [Agreement] MitigationAgreement agreement,
        AgreementCase parties, Actor actor, AgreementRules rules) =>
        rules.Decided(agreement, parties, agreement.ProposePenalty(violationId, command.Amount ?? 0, command.Basis, actor, rules.Now));
}
