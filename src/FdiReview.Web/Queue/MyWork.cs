using FdiReview.Domain;
using FdiReview.Domain.Audit;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Mitigation;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using FdiReview.Web.Identity;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Queue;

/// <summary>One thing on an officer's desk: which case, what needs doing, since when, and where to do it.</summary>
public sealed record WorkItem(Guid CaseId, string Reference, string What, DateTimeOffset? Since, string Href, Regime? Regime = null);

/// <summary>What waits for this officer: approvals the four-eyes rule leaves to them, and what moved on their cases.</summary>
public sealed record MyWorkView(IReadOnlyList<WorkItem> AwaitingMyApproval, IReadOnlyList<WorkItem> NeedsAttention);

/// <summary>
/// An officer's day, read from the record: proposals and penalties this user may approve (the domain's own four-eyes
/// rule decides, not a copy of it here), and on the cases they work — an officer's own, every open case for a
/// supervisor — overdue clocks, answers and consultation replies that came in since they last opened the case, and
/// obligations due within <see cref="ObligationHorizonDays"/> days or overdue.
/// </summary>
public static class MyWork
{
    public const int ObligationHorizonDays = 14;

    public static async Task<MyWorkView> For(IQuerySession session, Actor me, DateTimeOffset now, CancellationToken cancellation = default)
    {
        var approvals = new List<WorkItem>();
        var proposed = await session.Query<Notification>().Where(n => n.Status == NotificationStatus.DecisionProposed).ToListAsync(cancellation);
        var proposedRows = await RowsOf(session, proposed.Select(n => n.Id), cancellation);
        foreach (var n in proposed.Where(n => n.AllowedActions(me, now).Contains(CaseAction.ApproveDecision)))
            approvals.Add(new WorkItem(n.Id, proposedRows.GetValueOrDefault(n.Id)?.Reference ?? "",
                Glossary.Word("work.proposed", Notification.Describe(n.Proposal!.Decision), n.Proposal.ProposedBy.Name), n.Proposal.At, CaseHref(n.Id), n.Regime));

        var rows = await session.Query<NotificationSummary>()
            .Where(r => r.Status != NotificationStatus.Closed && r.Status != NotificationStatus.Withdrawn)
            .Where(r => me.Role == Roles.Supervisor || r.AssignedTo == me.UserId)
            .ToListAsync(cancellation);
        var ids = rows.Select(r => r.Id).ToArray();
        var reference = rows.ToDictionary(r => r.Id, r => r.Reference);
        var regime = rows.ToDictionary(r => r.Id, r => r.Regime);
        // Agreements outlive their cases (a clearance with mitigation closes the case): they are read whatever the case's state.
        var agreements = await session.Query<MitigationAgreement>().ToListAsync(cancellation);
        var agreementCases = await RowsOf(session, agreements.Select(a => a.NotificationId), cancellation);
        foreach (var a in agreements)
        foreach (var v in a.Violations.Where(v => v.ProposedPenalty is not null && v.Penalty is null && v.PenaltyProposedBy?.UserId != me.UserId))
            approvals.Add(new WorkItem(a.NotificationId, agreementCases.GetValueOrDefault(a.NotificationId)?.Reference ?? "",
                Glossary.Word("work.penalty", v.ProposedPenalty!.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), v.ConditionKey, v.PenaltyProposedBy?.Name ?? "—"), null, $"/agreements/{a.Id}"));

        var attention = new List<WorkItem>();
        var cases = ids.Length == 0 ? [] : await session.LoadManyAsync<Notification>(cancellation, ids);
        foreach (var n in cases)
            if (n.Clock?.Read(now, ClockRules.CalendarFor(n.Regime)) is { Overdue: true } clock)
                attention.Add(new WorkItem(n.Id, reference[n.Id], Glossary.Word("work.overdue", DomainWords.Of(clock.Phase), RegimeTime.Day(clock.Due)), null, CaseHref(n.Id), n.Regime));

        var lastOpened = ids.Length == 0 ? new Dictionary<Guid, DateTimeOffset>() : (await session.Events.QueryRawEventDataOnly<CasePageOpened>()
                .Where(e => ids.Contains(e.NotificationId) && e.By.UserId == me.UserId).ToListAsync(cancellation))
            .GroupBy(e => e.NotificationId).ToDictionary(g => g.Key, g => g.Max(e => e.At));
        bool Unseen(Guid id, DateTimeOffset at) => !lastOpened.TryGetValue(id, out var seen) || seen < at;
        if (ids.Length > 0)
        {
            foreach (var answer in await session.Events.QueryRawEventDataOnly<InformationProvided>().Where(e => ids.Contains(e.NotificationId)).ToListAsync(cancellation))
                if (Unseen(answer.NotificationId, answer.At))
                    attention.Add(new WorkItem(answer.NotificationId, reference[answer.NotificationId], Glossary.Word("work.answered", answer.By.Name), answer.At, CaseHref(answer.NotificationId), regime[answer.NotificationId]));
            foreach (var reply in await session.Events.QueryRawEventDataOnly<ConsultationAnswered>().Where(e => ids.Contains(e.NotificationId)).ToListAsync(cancellation))
                if (Unseen(reply.NotificationId, reply.At))
                    attention.Add(new WorkItem(reply.NotificationId, reference[reply.NotificationId], Glossary.Word("work.consultation-answered"), reply.At, CaseHref(reply.NotificationId), regime[reply.NotificationId]));
        }

        foreach (var a in agreements.Where(a => me.Role == Roles.Supervisor || agreementCases.GetValueOrDefault(a.NotificationId)?.AssignedTo == me.UserId))
        {
            // Due dates are days of the case's regime's calendar: today is today there, not in UTC.
            var today = ClockRules.CalendarFor(agreementCases.GetValueOrDefault(a.NotificationId)?.Regime).Today(now);
            foreach (var o in a.Obligations.Where(o => o.Open && o.Due <= today.AddDays(ObligationHorizonDays)))
            attention.Add(new WorkItem(a.NotificationId, agreementCases.GetValueOrDefault(a.NotificationId)?.Reference ?? "",
                Glossary.Word(o.Due < today ? "work.obligation-overdue" : "work.obligation-due", ObligationWords.Describe(o.Description), RegimeTime.Day(o.Due)), null, $"/agreements/{a.Id}"));
        }

        return new MyWorkView(approvals, attention.OrderBy(w => w.Since ?? DateTimeOffset.MinValue).ToList());
    }

    private static string CaseHref(Guid id) => $"/console/notifications/{id}";

    private static async Task<Dictionary<Guid, NotificationSummary>> RowsOf(IQuerySession session, IEnumerable<Guid> ids, CancellationToken cancellation)
    {
        var wanted = ids.Distinct().ToArray();
        return wanted.Length == 0 ? [] : (await session.LoadManyAsync<NotificationSummary>(cancellation, wanted)).ToDictionary(r => r.Id);
    }
}

public static class MyWorkEndpoint
{
    [WolverineGet("/api/my-work"), Authorize(Policy = Policies.AgencyStaff)]
    public static Task<MyWorkView> Get(System.Security.Claims.ClaimsPrincipal user, IQuerySession session, TimeProvider time) =>
        MyWork.For(session, user.RequireActor(), time.GetUtcNow());
}
