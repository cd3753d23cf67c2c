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

/// <summary>An officer verifies a remediation plan complete, with the evidence.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record CompleteRemediation(Guid AgreementId, Guid ViolationId, string? Evidence, int? ExpectedVersion = null) : IAgreementCommand;

public static class CompleteRemediationHandler
{
    public static void Before(CompleteRemediation command, DecidedOn decidedOn, MitigationAgreement agreement, AgreementCase parties, Actor actor) =>
        AgreementRules.Check(command, decidedOn, agreement, parties, actor);

    [WolverinePost("/api/agreements/{id}/violations/{violationId}/remediation/completion"), Authorize(Policy = Policies.AgencyStaff)]
    public static (AgreementChanged, Events, OutgoingMessages, IMartenOp) Handle(CompleteRemediation command, [RouteOrMember] Guid violationId, [Agreement] MitigationAgreement agreement,
        AgreementCase parties, Actor actor, AgreementRules rules) =>
        rules.Decided(agreement, parties, agreement.CompleteRemediation(violationId, command.Evidence, actor, rules.Now));
}
