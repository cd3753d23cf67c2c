using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Audit;

/// <summary>An audit package for one case, or for every event in a period, that verify checks offline.</summary>
public static class ExportPackageEndpoint
{
    [WolverineGet("/api/audit/export"), Authorize(Policy = Policies.Auditors)]
    public static async Task<IResult> Get(Guid? notification, DateTimeOffset? from, DateTimeOffset? to, ClaimsPrincipal user,
        AuditExport export, CancellationToken cancellation)
    {
        if (notification is null == (from is null && to is null))
            return Problem("Give either 'notification' (a case id) or 'from' and 'to' (ISO 8601 instants), not both.");
        if (notification is null && (from is null || to is null || from >= to))
            return Problem("A period needs both 'from' and 'to', with 'from' before 'to'.");
        var scope = new ExportScope(notification, from, to);
        var package = await export.BuildAsync(scope, user.RequireActor().UserId, cancellation);
        return package is null
            ? Results.Problem(title: "Nothing to export", detail: $"No sealed event belongs to {scope.Describe()}. Events are sealed within seconds of being recorded; try again shortly.", statusCode: StatusCodes.Status404NotFound)
            : Results.File(package.Bytes, "application/zip", package.FileName);
    }

    private static IResult Problem(string detail) =>
        Results.Problem(title: "The export's scope is not valid", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
