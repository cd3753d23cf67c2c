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

namespace FdiReview.Web.Mitigation.ReviewingCompliance;

/// <summary>An officer accepts a compliance report or returns it, saying why.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record ReviewCompliance(Guid AgreementId, Guid ObligationId, bool? Accept, string? Reason, int? ExpectedVersion = null) : IAgreementCommand;

public static class ReviewComplianceHandler
{
    public static void Before(ReviewCompliance command, DecidedOn decidedOn, MitigationAgreement agreement, AgreementCase parties, Actor actor) =>
        AgreementRules.Check(command, decidedOn, agreement, parties, actor);

    [WolverinePost("/api/agreements/{id}/obligations/{obligationId}/review"), Authorize(Policy = Policies.AgencyStaff)]
    public static (AgreementChanged, Events, OutgoingMessages, IMartenOp) Handle(ReviewCompliance command, [RouteOrMember] Guid obligationId, [Agreement] MitigationAgreement agreement,
        AgreementCase parties, Actor actor, AgreementRules rules) =>
        rules.Decided(agreement, parties, agreement.Review(obligationId, command.Accept ?? false, command.Reason, actor, rules.Now));
}
