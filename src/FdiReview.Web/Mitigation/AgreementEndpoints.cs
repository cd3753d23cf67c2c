using System.Security.Claims;
using System.Text.Json.Serialization;
using FdiReview.Domain;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Mitigation;
using FdiReview.Domain.Notifications;
using FdiReview.Web.Identity;
using FdiReview.Web.Review;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;
using Wolverine.Marten;

namespace FdiReview.Web.Mitigation;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DraftAgreement(IReadOnlyList<Condition>? Conditions);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ProposeVersion(IReadOnlyList<Condition>? Conditions, string? Note);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SignAgreement(int? Version);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record TerminateAgreement(string? Reason);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SubmitCompliance(string? Report, IReadOnlyList<Guid>? Documents);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ReviewCompliance(bool? Accept, string? Reason);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RecordViolation(string? ConditionKey, string? Evidence, string? Severity);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ProposePenalty(decimal? Amount, string? Basis);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SetRemediation(string? Plan, DateOnly? Due);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CompleteRemediation(string? Evidence);
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RecordNoticeEvent(string? ConditionKey, string? Description, DateOnly? On);

/// <summary>The mitigation agreement of a notification cleared on conditions: negotiation, signing, compliance, breaches.</summary>
public static class AgreementEndpoints
{
    private const string Agency = Roles.Officer + "," + Roles.Supervisor;
    private const string Parties = Roles.Officer + "," + Roles.Supervisor + "," + Roles.Investor;

    [WolverinePost("/api/notifications/{id}/agreement"), Authorize(Roles = Agency)]
    public static async Task<IResult> Draft(Guid id, DraftAgreement command, ClaimsPrincipal user, IMartenOutbox outbox, TimeProvider time)
    {
        var session = outbox.Session!;
        var officer = user.RequireActor();
        if (await session.LoadAsync<Notification>(id) is not { } notification) return Results.NotFound();
        if (!notification.Status.IsOpen())
            return Results.Problem(statusCode: 409, title: "The case is closed", detail: "Draft the agreement while the case is under review.");
        if (await session.Query<MitigationAgreement>().AnyAsync(a => a.NotificationId == id && a.Status != AgreementStatus.Terminated))
            return Results.Problem(statusCode: 409, title: "An agreement exists", detail: "This notification already has an agreement; propose a new version of it.");
        var agreementId = Guid.CreateVersion7();
        var events = MitigationAgreement.Draft(agreementId, id, notification.Organization, command.Conditions ?? [], officer, time.GetUtcNow());
        session.LastModifiedBy = officer.UserId;
        session.Events.StartStream<MitigationAgreement>(agreementId, [.. events]);
        await session.SaveChangesAsync();
        return Results.Ok(new { agreementId });
    }

    [WolverineGet("/api/agreements/{id}"), Authorize(Roles = Parties)]
    public static async Task<IResult> Get(Guid id, ClaimsPrincipal user, IQuerySession session) =>
        await session.LoadAsync<MitigationAgreement>(id) is { } agreement && await AgreementCommands.CanSee(session, agreement, user.RequireActor())
            ? Results.Ok(agreement)
            : Results.NotFound();

    [WolverineGet("/api/agreements/{id}/comparison"), Authorize(Roles = Parties)]
    public static async Task<IResult> Compare(Guid id, int from, int to, ClaimsPrincipal user, IQuerySession session)
    {
        if (await session.LoadAsync<MitigationAgreement>(id) is not { } agreement || !await AgreementCommands.CanSee(session, agreement, user.RequireActor()))
            return Results.NotFound();
        var before = agreement.Versions.FirstOrDefault(v => v.Number == from);
        var after = agreement.Versions.FirstOrDefault(v => v.Number == to);
        return before is null || after is null
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["Both versions must exist."] })
            : Results.Ok(VersionComparison.Compare(before.Conditions, after.Conditions));
    }

    [WolverinePost("/api/agreements/{id}/versions"), Authorize(Roles = Parties)]
    public static async Task<IResult> Propose(Guid id, ProposeVersion command, ClaimsPrincipal user, AgreementCommands agreements) =>
        CaseCommandHttp.ToResult(await agreements.Run(id, user.RequireActor(), (a, now, _) => a.Propose(command.Conditions ?? [], command.Note, user.RequireActor(), now)));

    [WolverinePost("/api/agreements/{id}/signature"), Authorize(Roles = Parties)]
    public static async Task<IResult> Sign(Guid id, SignAgreement command, ClaimsPrincipal user, AgreementCommands agreements) =>
        command.Version is not { } version
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["Required: the version signed."] })
            : CaseCommandHttp.ToResult(await agreements.Run(id, user.RequireActor(), (a, now, today) => a.Sign(version, user.RequireActor(), now, today)));

    [WolverinePost("/api/agreements/{id}/termination"), Authorize(Roles = Agency)]
    public static async Task<IResult> Terminate(Guid id, TerminateAgreement command, ClaimsPrincipal user, AgreementCommands agreements) =>
        CaseCommandHttp.ToResult(await agreements.Run(id, user.RequireActor(), (a, now, _) => a.Terminate(command.Reason, user.RequireActor(), now)));

    [WolverinePost("/api/agreements/{id}/obligations/{obligationId}/submission"), Authorize(Roles = Roles.Investor)]
    public static async Task<IResult> Submit(Guid id, Guid obligationId, SubmitCompliance command, ClaimsPrincipal user, AgreementCommands agreements)
    {
        var actor = user.RequireActor();
        return CaseCommandHttp.ToResult(await agreements.Run(id, actor, (a, notification, now, _) =>
            a.SubmitCompliance(obligationId, command.Report, actor, now, command.Documents, notification.DocumentsSeenBy(actor))));
    }

    [WolverinePost("/api/agreements/{id}/obligations/{obligationId}/review"), Authorize(Roles = Agency)]
    public static async Task<IResult> Review(Guid id, Guid obligationId, ReviewCompliance command, ClaimsPrincipal user, AgreementCommands agreements) =>
        CaseCommandHttp.ToResult(await agreements.Run(id, user.RequireActor(), (a, now, _) => a.Review(obligationId, command.Accept ?? false, command.Reason, user.RequireActor(), now)));

    [WolverinePost("/api/agreements/{id}/notice-events"), Authorize(Roles = Parties)]
    public static async Task<IResult> NoticeEvent(Guid id, RecordNoticeEvent command, ClaimsPrincipal user, AgreementCommands agreements) =>
        CaseCommandHttp.ToResult(await agreements.Run(id, user.RequireActor(),
            (a, now, today) => a.RecordNoticeEvent(command.ConditionKey ?? "", command.Description, command.On ?? default, user.RequireActor(), now, today)));

    [WolverinePost("/api/agreements/{id}/violations"), Authorize(Roles = Agency)]
    public static async Task<IResult> Violation(Guid id, RecordViolation command, ClaimsPrincipal user, AgreementCommands agreements)
    {
        var violationId = Guid.CreateVersion7();
        var result = await agreements.Run(id, user.RequireActor(),
            (a, now, _) => a.RecordViolation(violationId, command.ConditionKey ?? "", command.Evidence, command.Severity, user.RequireActor(), now));
        return CaseCommandHttp.ToResult(result, r => new { version = r.Version, violationId });
    }

    [WolverinePost("/api/agreements/{id}/violations/{violationId}/penalty"), Authorize(Roles = Agency)]
    public static async Task<IResult> Penalty(Guid id, Guid violationId, ProposePenalty command, ClaimsPrincipal user, AgreementCommands agreements) =>
        CaseCommandHttp.ToResult(await agreements.Run(id, user.RequireActor(), (a, now, _) => a.ProposePenalty(violationId, command.Amount ?? 0, command.Basis, user.RequireActor(), now)));

    [WolverinePost("/api/agreements/{id}/violations/{violationId}/penalty/approval"), Authorize(Roles = Agency)]
    public static async Task<IResult> ApprovePenalty(Guid id, Guid violationId, ClaimsPrincipal user, AgreementCommands agreements) =>
        CaseCommandHttp.ToResult(await agreements.Run(id, user.RequireActor(), (a, now, _) => a.ApprovePenalty(violationId, user.RequireActor(), now)));

    [WolverinePost("/api/agreements/{id}/violations/{violationId}/remediation"), Authorize(Roles = Agency)]
    public static async Task<IResult> Remediation(Guid id, Guid violationId, SetRemediation command, ClaimsPrincipal user, AgreementCommands agreements) =>
        CaseCommandHttp.ToResult(await agreements.Run(id, user.RequireActor(),
            (a, now, today) => a.SetRemediationPlan(violationId, command.Plan, command.Due ?? default, user.RequireActor(), now, today)));

    [WolverinePost("/api/agreements/{id}/violations/{violationId}/remediation/completion"), Authorize(Roles = Agency)]
    public static async Task<IResult> RemediationCompleted(Guid id, Guid violationId, CompleteRemediation command, ClaimsPrincipal user, AgreementCommands agreements) =>
        CaseCommandHttp.ToResult(await agreements.Run(id, user.RequireActor(), (a, now, _) => a.CompleteRemediation(violationId, command.Evidence, user.RequireActor(), now)));
}
