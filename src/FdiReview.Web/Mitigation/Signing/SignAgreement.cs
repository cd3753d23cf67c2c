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

namespace FdiReview.Web.Mitigation.Signing;

/// <summary>A party signs a version of the terms (only the latest); signed by both, the agreement is in force.</summary>
/// <param name="Version">The version of the terms signed (not the stream's version, which is <c>expectedVersion</c> or If-Match).</param>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record SignAgreement(Guid AgreementId, int? Version, int? ExpectedVersion = null) : IAgreementCommand;

public static class SignAgreementHandler
{
    public static void Before(SignAgreement command, DecidedOn decidedOn, MitigationAgreement agreement, AgreementCase parties, Actor actor)
    {
        AgreementRules.Check(command, decidedOn, agreement, parties, actor, InvestorAction.SignAgreement);
        InvalidInput.Require(command.Version is not null, "version", "Required: the version signed.");
    }

    [WolverinePost("/api/agreements/{id}/signature"), Authorize(Policy = Policies.Parties)]
    public static (AgreementChanged, Events, OutgoingMessages, IMartenOp) Handle(SignAgreement command, [Agreement] MitigationAgreement agreement,
        AgreementCase parties, Actor actor, AgreementRules rules) =>
        rules.Decided(agreement, parties, agreement.Sign(command.Version!.Value, actor, rules.Now, parties.Today(rules.Now)));
}
