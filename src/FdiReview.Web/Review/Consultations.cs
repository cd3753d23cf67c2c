using System.Text.Json.Serialization;
using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Review;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RequestConsultation(string? Agency, string? Question, int? ExpectedVersion);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RecordConsultationAnswer(string? Answer, int? ExpectedVersion);

/// <summary>Consultations with other ministries or agencies, requested and answered on the case (never shown to investors).</summary>
public static class ConsultationEndpoints
{
    private const string Agency = Roles.Officer + "," + Roles.Supervisor;

    [WolverinePost("/api/notifications/{id}/consultations"), Authorize(Roles = Agency)]
    public static async Task<IResult> Request(Guid id, RequestConsultation command, HttpContext context, ClaimsPrincipal user, CaseCommands cases)
    {
        var consultationId = Guid.CreateVersion7();
        var result = await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
            (n, now) => n.RequestConsultation(consultationId, command.Agency, command.Question, user.RequireActor(), now));
        return CaseCommandHttp.ToResult(result, r => new { version = r.Version, consultationId });
    }

    [WolverinePost("/api/notifications/{id}/consultations/{consultationId}/answer"), Authorize(Roles = Agency)]
    public static async Task<IResult> Answer(Guid id, Guid consultationId, RecordConsultationAnswer command, HttpContext context, ClaimsPrincipal user, CaseCommands cases) =>
        CaseCommandHttp.ToResult(await cases.Run(id, CaseCommandHttp.ExpectedVersion(context, command.ExpectedVersion), user.RequireActor(),
            (n, now) => n.RecordConsultationAnswer(consultationId, command.Answer, user.RequireActor(), now)));
}
