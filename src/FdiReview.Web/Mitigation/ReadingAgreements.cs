using System.Security.Claims;
using FdiReview.Domain.Mitigation;
using FdiReview.Web.Identity;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Mitigation;

/// <summary>The agreement as its parties read it (investors: <see cref="InvestorAgreement"/>; its version also as the ETag to decide on), and two versions compared.</summary>
public static class ReadingAgreementsEndpoint
{
    [WolverineGet("/api/agreements/{id}"), Authorize(Policy = Policies.Parties)]
    public static async Task<IResult> Get(Guid id, ClaimsPrincipal user, IQuerySession session, HttpResponse response)
    {
        var actor = user.RequireActor();
        if (await session.LoadAsync<MitigationAgreement>(id) is not { } agreement || !await AgreementCase.CanSee(session, agreement, actor))
            return Results.NotFound();
        response.Headers.ETag = $"\"{agreement.Version}\"";
        return actor.Role == Domain.Roles.Investor ? Results.Ok(InvestorAgreement.Of(agreement)) : Results.Ok(agreement);
    }

    [WolverineGet("/api/agreements/{id}/comparison"), Authorize(Policy = Policies.Parties)]
    public static async Task<IResult> Compare(Guid id, int from, int to, ClaimsPrincipal user, IQuerySession session)
    {
        if (await session.LoadAsync<MitigationAgreement>(id) is not { } agreement || !await AgreementCase.CanSee(session, agreement, user.RequireActor()))
            return Results.NotFound();
        var before = agreement.Versions.FirstOrDefault(v => v.Number == from);
        var after = agreement.Versions.FirstOrDefault(v => v.Number == to);
        return before is null || after is null
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["Both versions must exist."] })
            : Results.Ok(VersionComparison.Compare(before.Conditions, after.Conditions));
    }
}
