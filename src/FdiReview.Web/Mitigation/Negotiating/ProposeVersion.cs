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

namespace FdiReview.Web.Mitigation.Negotiating;

/// <summary>Either party proposes a new version of the terms; any two versions compare term by term.</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record ProposeVersion(Guid AgreementId, IReadOnlyList<Condition>? Conditions, string? Note, int? ExpectedVersion = null) : IAgreementCommand;

public static class ProposeVersionHandler
{
    public static void Before(ProposeVersion command, DecidedOn decidedOn, MitigationAgreement agreement, AgreementCase parties, Actor actor)
    {
        AgreementRules.Check(command, decidedOn, agreement, parties, actor, InvestorAction.ProposeAgreementVersion);
        AgreementInput.RequireTerms(command.Conditions);
    }

    [WolverinePost("/api/agreements/{id}/versions"), Authorize(Policy = Policies.Parties)]
    public static (AgreementChanged, Events, OutgoingMessages, IMartenOp) Handle(ProposeVersion command, [Agreement] MitigationAgreement agreement,
        AgreementCase parties, Actor actor, AgreementRules rules) =>
        rules.Decided(agreement, parties, agreement.Propose(command.Conditions ?? [], command.Note, actor, rules.Now));
}
