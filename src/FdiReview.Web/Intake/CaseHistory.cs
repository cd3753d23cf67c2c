using FdiReview.Domain;
using FdiReview.Domain.Audit;
using FdiReview.Domain.Mitigation;
using FdiReview.Domain.Notifications;
using Marten;

namespace FdiReview.Web.Intake;

/// <summary>One line of a case's event history: what happened, when, and who did it.</summary>
public sealed record CaseHistoryEntry(long Version, long Sequence, string EventType, string Summary,
    DateTimeOffset At, string? UserId, string? ActorName, string? ActorRole, string? CorrelationId, string? CausationId)
{
    /// <summary>One line in plain words for each event.</summary>
    public static string Describe(object data) => data switch
    {
        NotificationFiled f => $"{f.FiledBy.Name} filed the {DomainWords.Of(f.Kind)} for {f.Facts.InvestorParty?.Name ?? f.Facts.Investor} " +
                               $"acquiring {f.Facts.Target?.Name}{(f.RefiledFrom is { } old ? $" (refiling {old})" : "")}",
        ScreeningCompleted s => $"Screening ({s.Trigger}): {s.Determination.Summary}",
        NotificationFactsCorrected c => $"{c.CorrectedBy.Name} corrected the facts: {c.Reason}",
        ClockPhaseStarted c => $"{DomainWords.Of(c.Clock.Phase)}: runs to {c.Clock.Due:yyyy-MM-dd} ({c.Clock.Citation})" + (c.Clock.Note is { } note ? $". {note}" : ""),
        ClockPhaseElapsed e => $"{DomainWords.Of(e.Phase)}: ended on {e.Due:yyyy-MM-dd} with the case still open",
        WaitingPeriodElapsed w => $"The waiting period ended on {w.Due:yyyy-MM-dd}: the investment may proceed",
        WaitingPeriodShortened w => $"{w.By.Name} shortened the waiting period to {w.NewDue:yyyy-MM-dd}: {w.Reason}",
        NotificationReturnedIncomplete r => $"{r.By.Name} returned the filing as incomplete: {string.Join("; ", r.MissingItems)}",
        NotificationResubmitted r => $"{r.By.Name} resubmitted the filing: {r.Note}",
        NotificationAccepted a => $"{a.By.Name} accepted the notification; receipt number {a.ReceiptNumber}",
        InvestigationOpened i => $"{i.By.Name} opened an investigation: {i.Reason}",
        InvestigationExtended i => $"{i.By.Name} extended the investigation: {i.Reason}",
        ReviewExtended r => $"{r.By.Name} extended the review: {r.Reason}",
        InformationRequested i => $"{i.By.Name} requested information: {i.Questions}; due {i.Due:yyyy-MM-dd}",
        InformationProvided i => $"{i.By.Name} answered an information request{(i.TolledDays > 0 ? $" (clock tolled {i.TolledDays} days)" : "")}",
        InformationRequestOverdue i => $"An information request due {i.Due:yyyy-MM-dd} is overdue",
        ConsultationRequested c => $"{c.By.Name} consulted {c.Agency}: {c.Question}",
        ConsultationAnswered c => $"{c.By.Name} recorded the answer: {c.Answer}",
        CouncilOpinionRecorded c => $"{c.By.Name} recorded the opinion of the Council on Customs, Tariff, Foreign Exchange and Other Transactions, heard on {c.HeardOn:yyyy-MM-dd}: {c.Opinion}",
        CaseAssigned a => $"{a.By.Name} assigned the case to {a.OfficerName}{(a.Reason is null ? "" : $": {a.Reason}")}",
        DecisionProposed d => $"{d.By.Name} proposed {Notification.Describe(d.Decision)}: {d.Reasons}{Acknowledged(d.OpenItemsAcknowledged)}",
        DecisionProposalReturned r => $"{r.By.Name} returned the proposal: {r.Reason}",
        DecisionApproved a => $"{a.By.Name} approved {Notification.Describe(a.Decision)} proposed by {a.ProposedBy.Name}{Acknowledged(a.OpenItemsAcknowledged)}",
        RecommendationIssued r => $"Recommendation issued: {r.Content}; reply due {r.ReplyDue:yyyy-MM-dd}",
        RecommendationAnswered r => $"{r.By.Name} {(r.Accepted ? "accepted" : "did not accept")} the recommendation{(r.Comment is null ? "" : $": {r.Comment}")}",
        RecommendationUnanswered r => $"No reply to the recommendation by {r.Due:yyyy-MM-dd}: treated as not accepted",
        NotificationWithdrawn w => $"{w.By.Name} withdrew the notification: {w.Reason}{(w.RefiledAs is { } id ? $" (refiled as {id})" : "")}",
        DocumentAttached d => $"{d.By.Name} attached {d.Document.FileName} ({Components.Shared.FileSize.Of(d.Document.Size)}, SHA-256 {d.Document.Sha256[..12]}…){(d.Document.Restricted ? ", restricted" : "")}",
        ParticipantAdded p => $"{p.By.Name} added {p.Participant.Name} as {p.Participant.Role}",
        ParticipantRemoved p => $"{p.By.Name} removed {p.Name} from the filing",
        PostInvestmentReportFiled r => $"{r.By.Name} filed the post-investment report (executed {r.ExecutedOn:yyyy-MM-dd}, due {r.Due:yyyy-MM-dd}" +
            (r.DaysOverdue > 0 ? $"; late by {r.DaysOverdue} day(s)" : "") + (r.DueNote is { } moved ? $"; {moved.TrimEnd('.')}" : "") + ")",
        PriorityAssessed p => $"Priority {p.Priority.Band.ToString().ToLowerInvariant()} ({p.Priority.Score}) after {p.Trigger.Replace('_', ' ')}: {string.Join("; ", p.Priority.Factors.Select(f => $"{f.Reason} (+{f.Points})"))}",
        MitigationAgreementInForce m => $"Mitigation agreement version {m.Version} signed by both parties and in force",
        NotificationClosed c => $"Case closed: {c.Outcome.Describe().ToLowerInvariant()}" +
            (c.Conditions.Count > 0 ? $"{(c.AgreementVersion is { } v ? $" on the terms of mitigation agreement version {v}" : " with conditions")}: {string.Join("; ", c.Conditions)}" : ""),
        CasePageOpened o => $"{o.By.Name} opened the case page ({o.Page})",
        DocumentOpened o => $"{o.By.Name} opened the document {o.FileName}",
        AgreementDrafted d => $"{d.Version.ProposedBy.Name} drafted a mitigation agreement with {d.Organization} ({d.Version.Conditions.Count} terms)",
        AgreementVersionProposed v => $"{v.Version.ProposedBy.Name} proposed version {v.Version.Number} ({v.Version.Conditions.Count} terms){(v.Note is null ? "" : $": {v.Note}")}",
        AgreementSigned s => $"{s.By.Name} signed version {s.Version} for the {s.Side}",
        AgreementInForce f => $"Version {f.Version} of the agreement is in force from {f.From:yyyy-MM-dd}",
        AgreementTerminated t => $"{t.By.Name} terminated the agreement: {t.Reason}",
        ObligationScheduled o => $"Obligation scheduled: {o.Description}; due {o.Due:yyyy-MM-dd}",
        ObligationOverdue o => $"An obligation due {o.Due:yyyy-MM-dd} is overdue",
        ComplianceSubmitted c => $"{c.By.Name} submitted a compliance report{(c.Documents is { Count: > 0 } d ? $" citing {d.Count} document(s)" : "")}",
        ComplianceAccepted c => $"{c.By.Name} accepted a compliance report",
        ComplianceReturned c => $"{c.By.Name} returned a compliance report: {c.Reason}",
        ViolationRecorded v => $"{v.By.Name} recorded a {v.Severity} violation of {v.ConditionKey}: {v.Evidence}",
        PenaltyProposed p => $"{p.By.Name} proposed a penalty of {p.Amount:N0}: {p.Basis}",
        PenaltyApproved p => $"{p.By.Name} approved a penalty of {p.Amount:N0} proposed by {p.ProposedBy.Name}",
        RemediationPlanSet r => $"{r.By.Name} set a remediation plan due {r.Due:yyyy-MM-dd}: {r.Plan}",
        RemediationOverdue r => $"A remediation plan due {r.Due:yyyy-MM-dd} is overdue",
        RemediationCompleted r => $"{r.By.Name} verified the remediation complete: {r.Evidence}",
        _ => data.GetType().Name,
    };

    private static string Acknowledged(IReadOnlyList<string>? items) =>
        items is { Count: > 0 } ? $" (going ahead with {items.Count} open item(s): {string.Join("; ", items)})" : "";

    /// <summary>
    /// What the filing parties may read of their own case: what was asked of them, decided for them, and when.
    /// The agency's internal work — screening, priority, assignment, consultations, proposals before approval,
    /// penalties before approval and who looked at the file — is not.
    /// </summary>
    public static bool IsPublic(object data) => data is not (ScreeningCompleted or PriorityAssessed or CaseAssigned
        or ConsultationRequested or ConsultationAnswered or CouncilOpinionRecorded or DecisionProposed or DecisionProposalReturned or DecisionApproved
        or PenaltyProposed or CasePageOpened or DocumentOpened);

    public static Actor? ActorOf(object data) => data.GetType().GetProperty("By")?.GetValue(data) as Actor ?? data switch
    {
        NotificationFiled f => f.FiledBy,
        NotificationFactsCorrected c => c.CorrectedBy,
        _ => null,
    };
}

public static class CaseHistory
{
    public static async Task<IReadOnlyList<CaseHistoryEntry>> Load(IQuerySession session, Guid id, CancellationToken cancellation = default)
    {
        var events = await session.Events.FetchStreamAsync(id, token: cancellation);
        return events.Select(Entry).ToList();
    }

    public static CaseHistoryEntry Entry(JasperFx.Events.IEvent e)
    {
        var actor = CaseHistoryEntry.ActorOf(e.Data);
        return new CaseHistoryEntry(e.Version, e.Sequence, e.EventTypeName, CaseHistoryEntry.Describe(e.Data), e.Timestamp,
            e.UserName ?? actor?.UserId, actor?.Name, actor?.Role, e.CorrelationId, e.CausationId);
    }
}
