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

/// <summary>An officer records a finding against a condition, with evidence and severity (an observation is never penalised).</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record RecordViolation(Guid AgreementId, string? ConditionKey, string? Evidence, string? Severity, int? ExpectedVersion = null) : IAgreementCommand;

/// <summary>The agreement's new version and the violation's id, to propose a penalty or a remediation by.</summary>
public sealed record ViolationNoted(int Version, Guid ViolationId);

public static class RecordViolationHandler
{
    public static void Before(RecordViolation command, DecidedOn decidedOn, MitigationAgreement agreement, AgreementCase parties, Actor actor) =>
        AgreementRules.Check(command, decidedOn, agreement, parties, actor);

    [WolverinePost("/api/agreements/{id}/violations"), Authorize(Policy = Policies.AgencyStaff)]
    public static (ViolationNoted, Events, OutgoingMessages, IMartenOp) Handle(RecordViolation command,
        [Agreement] MitigationAgreement agreement, AgreementCase parties, Actor actor, AgreementRules rules)
    {
        var violationId = Guid.CreateVersion7();
        var (changed, events, deadlines, inForce) = rules.Decided(agreement, parties,
            agreement.RecordViolation(violationId, command.ConditionKey ?? "", command.Evidence, command.Severity, actor, rules.Now));
        return (new ViolationNoted(changed.Version, violationId), events, deadlines, inForce);
    }
}
