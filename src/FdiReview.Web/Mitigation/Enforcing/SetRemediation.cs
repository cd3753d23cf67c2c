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

/// <summary>An officer sets a remediation plan with its due date; not verified complete by then, it turns overdue.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record SetRemediation(Guid AgreementId, Guid ViolationId, string? Plan, DateOnly? Due, int? ExpectedVersion = null) : IAgreementCommand;

public static class SetRemediationHandler
{
    public static void Before(SetRemediation command, DecidedOn decidedOn, MitigationAgreement agreement, AgreementCase parties, Actor actor)
    {
        AgreementRules.Check(command, decidedOn, agreement, parties, actor);
        InvalidInput.RequireDate(command.Due, "due");
    }

    [WolverinePost("/api/agreements/{id}/violations/{violationId}/remediation"), Authorize(Policy = Policies.AgencyStaff)]
    public static (AgreementChanged, Events, OutgoingMessages, IMartenOp) Handle(SetRemediation command, [RouteOrMember] Guid violationId, [Agreement] MitigationAgreement agreement,
        AgreementCase parties, Actor actor, AgreementRules rules) =>
        rules.Decided(agreement, parties, agreement.SetRemediationPlan(violationId, command.Plan, command.Due ?? default, actor, rules.Now, parties.Today(rules.Now)));
}
