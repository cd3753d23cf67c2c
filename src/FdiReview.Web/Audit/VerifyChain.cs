using FdiReview.Domain;
using Microsoft.AspNetCore.Authorization;
using FdiReview.Web.Identity;
using Wolverine.Http;

namespace FdiReview.Web.Audit;

/// <summary>Auditors recompute the whole chain and check it against every signed checkpoint.</summary>
public static class VerifyChainEndpoint
{
    [WolverineGet("/api/audit/verify"), Authorize(Policy = Policies.Auditors)]
    public static Task<VerificationReport> Get(ChainVerification verification, CancellationToken cancellation) =>
        verification.RunAsync(cancellation);
}
