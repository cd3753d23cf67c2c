using FdiReview.Domain.Screening;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace FdiReview.Web.Screening;

/// <summary><c>POST /api/screenings</c>: the screening engine on request, with no side effects, for any signed-in user.</summary>
public static class ScreenTransactionEndpoint
{
    public static ProblemDetails Validate(TransactionFacts? facts) => ScreeningProblems.For(facts) ?? WolverineContinue.NoProblems;

    [WolverinePost("/api/screenings"), Authorize]
    public static Determination Post(TransactionFacts facts, ScreeningOptions options) => ScreeningEngine.Screen(facts, options);
}

/// <summary>The 400 answer for facts that break the contract's shape rules, each field named by its path.</summary>
public static class ScreeningProblems
{
    public static HttpValidationProblemDetails? For(TransactionFacts? facts, string prefix = "")
    {
        var errors = TransactionFactsValidation.Validate(facts);
        if (errors.Count == 0) return null;
        var named = errors.ToDictionary(e => prefix + e.Key, e => e.Value);
        return new HttpValidationProblemDetails(named)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The transaction facts have invalid or missing fields",
            Detail = string.Join(" ", named.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
        };
    }
}
