using FdiReview.Domain;
using FdiReview.Domain.Assignment;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using FdiReview.Web.Review;
using FdiReview.Web.Review.Assigning;
using Marten;
using Microsoft.AspNetCore.Authorization;
using FdiReview.Web.Identity;
using Wolverine.Http;

namespace FdiReview.Web.Queue;

/// <summary>
/// One officer's desk: open cases, the next deadline (<paramref name="NextDue"/> is that case's own due date in its
/// regime's calendar, as the case shows it; <paramref name="NextDueAt"/> the instant it ends), what is overdue.
/// </summary>
public sealed record OfficerWorkload(string OfficerId, string Name, string Role, int OpenCases, int HighPriorityCases, int OverdueCases,
    DateTimeOffset? NextDueAt, int CasesInFirrma, int CasesInFefta, DateOnly? NextDue = null, string? NextDueReference = null);

/// <summary>Workload per officer and the deadline calendar, read from the queue rows.</summary>
public static class Workload
{
    public static async Task<IReadOnlyList<OfficerWorkload>> PerOfficer(IQuerySession session, DateTimeOffset now, CancellationToken cancellation = default)
    {
        var assigned = await session.Query<NotificationSummary>().Where(r => r.AssignedTo != null).ToListAsync(cancellation);
        return Officers.All.Select(officer =>
        {
            var mine = assigned.Where(r => r.AssignedTo == officer.UserId).ToList();
            var open = mine.Where(r => r.Status.IsOpen()).ToList();
            var next = open.Where(r => r.ClockDueAt is not null).MinBy(r => r.ClockDueAt);
            return new OfficerWorkload(officer.UserId, officer.Name, officer.Role, open.Count,
                open.Count(r => r.PriorityBand == PriorityBand.High),
                open.Count(r => r.ClockDueAt < now),
                next?.ClockDueAt,
                mine.Count(r => r.Regime == Regime.Firrma), mine.Count(r => r.Regime == Regime.Fefta), next?.ClockDue, next?.Reference);
        }).ToList();
    }

    public static Suggestion? Suggest(IReadOnlyList<OfficerWorkload> workloads, Regime regime) =>
        AssigneeSuggestion.Suggest(workloads.Select(w => new OfficerLoad(w.OfficerId, w.Name, w.OpenCases, w.HighPriorityCases, w.OverdueCases,
            regime == Regime.Fefta ? w.CasesInFefta : w.CasesInFirrma, w.Role == Roles.Supervisor)).ToList(), regime);

    /// <summary>Every open clock's next due date, soonest first.</summary>
    public static async Task<IReadOnlyList<NotificationSummary>> Deadlines(IQuerySession session, CancellationToken cancellation = default) =>
        await session.Query<NotificationSummary>()
            .Where(r => r.ClockDueAt != null && r.Status != NotificationStatus.Closed && r.Status != NotificationStatus.Withdrawn)
            .OrderBy(r => r.ClockDueAt).Take(500).ToListAsync(cancellation);
}

public static class WorkloadEndpoints
{
    [WolverineGet("/api/workload"), Authorize(Policy = Policies.AgencyStaff)]
    public static Task<IReadOnlyList<OfficerWorkload>> Get(IQuerySession session, TimeProvider time) => Workload.PerOfficer(session, time.GetUtcNow());

    [WolverineGet("/api/notifications/{id}/suggested-assignee"), Authorize(Policy = Policies.AgencyStaff)]
    public static async Task<IResult> Suggested(Guid id, IQuerySession session, TimeProvider time)
    {
        var row = await session.LoadAsync<NotificationSummary>(id);
        if (row is null) return Results.NotFound();
        return Workload.Suggest(await Workload.PerOfficer(session, time.GetUtcNow()), row.Regime ?? Regime.Firrma) is { } suggestion
            ? Results.Ok(suggestion)
            : Results.NotFound();
    }

    [WolverineGet("/api/deadlines"), Authorize(Policy = Policies.AgencyReaders)]
    public static Task<IReadOnlyList<NotificationSummary>> Deadlines(IQuerySession session) => Workload.Deadlines(session);
}
