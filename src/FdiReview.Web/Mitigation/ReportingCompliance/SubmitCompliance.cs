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

namespace FdiReview.Web.Mitigation.ReportingCompliance;

/// <summary>The investor submits a compliance report for an obligation, with documents already attached to the case.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record SubmitCompliance(Guid AgreementId, Guid ObligationId, string? Report, IReadOnlyList<Guid>? Documents, int? ExpectedVersion = null) : IAgreementCommand;

public static class SubmitComplianceHandler
{
    public static void Before(SubmitCompliance command, DecidedOn decidedOn, MitigationAgreement agreement, AgreementCase parties, Actor actor) =>
        AgreementRules.Check(command, decidedOn, agreement, parties, actor, InvestorAction.ReportCompliance);

    [WolverinePost("/api/agreements/{id}/obligations/{obligationId}/submission"), Authorize(Policy = Policies.Investors)]
    public static (AgreementChanged, Events, OutgoingMessages, IMartenOp) Handle(SubmitCompliance command, [RouteOrMember] Guid obligationId, [Agreement] MitigationAgreement agreement,
        AgreementCase parties, Actor actor, AgreementRules rules) =>
        rules.Decided(agreement, parties, agreement.SubmitCompliance(obligationId, command.Report, actor, rules.Now, command.Documents, parties.Notification.DocumentsSeenBy(actor)));
}
