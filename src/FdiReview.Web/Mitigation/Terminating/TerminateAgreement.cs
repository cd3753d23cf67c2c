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

namespace FdiReview.Web.Mitigation.Terminating;

/// <summary>The agency ends the agreement: by expiry, release or abandonment, saying why.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record TerminateAgreement(Guid AgreementId, string? Reason, int? ExpectedVersion = null) : IAgreementCommand;

public static class TerminateAgreementHandler
{
    public static void Before(TerminateAgreement command, DecidedOn decidedOn, MitigationAgreement agreement, AgreementCase parties, Actor actor) =>
        AgreementRules.Check(command, decidedOn, agreement, parties, actor);

    [WolverinePost("/api/agreements/{id}/termination"), Authorize(Policy = Policies.AgencyStaff)]
    public static (AgreementChanged, Events, OutgoingMessages, IMartenOp) Handle(TerminateAgreement command, [Agreement] MitigationAgreement agreement,
        AgreementCase parties, Actor actor, AgreementRules rules) =>
        rules.Decided(agreement, parties, agreement.Terminate(command.Reason, actor, rules.Now));
}
