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
    /// <summary>One line in plain words for each event, in the reader's language (<c>history.tsv</c>); what people typed stays as typed.</summary>
    public static string Describe(object data) => data switch
    {
        NotificationFiled f => W("history.filed", f.FiledBy.Name, DomainWords.Of(f.Kind), f.Facts.InvestorParty?.Name ?? f.Facts.Investor ?? "—", f.Facts.Target?.Name ?? "—",
            f.RefiledFrom is { } old ? W("history.refiling", old) : ""),
        ScreeningCompleted s => W("history.screened", Word($"history.trigger.{s.Trigger}"), s.Determination.SummarySaid),
        NotificationFactsCorrected c => W("history.facts-corrected", c.CorrectedBy.Name, c.Reason),
        ClockPhaseStarted c => W("history.clock-started", DomainWords.Of(c.Clock.Phase), Day(c.Clock.Due), Glossary.Citation(c.Clock.Citation))
                               + ((c.Clock.NoteWords?.ToString() ?? c.Clock.Note) is { } note ? Sentence(note) : ""),
        ClockPhaseElapsed e => W("history.clock-elapsed", DomainWords.Of(e.Phase), Day(e.Due)),
        WaitingPeriodElapsed w => W("history.waiting-period-elapsed", Day(w.Due)),
        WaitingPeriodShortened w => W("history.waiting-period-shortened", w.By.Name, Day(w.NewDue), w.Reason),
        NotificationReturnedIncomplete r => W("history.returned-incomplete", r.By.Name, string.Join(Separator, r.MissingItems)),
        NotificationResubmitted r => W("history.resubmitted", r.By.Name, r.Note),
        NotificationAccepted a => W("history.accepted", a.By.Name, a.ReceiptNumber),
        InvestigationOpened i => W("history.investigation-opened", i.By.Name, i.Reason),
        InvestigationExtended i => W("history.investigation-extended", i.By.Name, i.Reason),
        ReviewExtended r => W("history.review-extended", r.By.Name, r.Reason),
        InformationRequested i => W("history.information-requested", i.By.Name, i.Questions, Day(i.Due)),
        InformationProvided i => i.TolledDays > 0 ? W("history.information-provided-tolled", i.By.Name, i.TolledDays) : W("history.information-provided", i.By.Name),
        InformationRequestOverdue i => W("history.information-overdue", Day(i.Due)),
        ConsultationRequested c => W("history.consultation-requested", c.By.Name, c.Agency, c.Question),
        ConsultationAnswered c => W("history.consultation-answered", c.By.Name, c.Answer),
        CouncilOpinionRecorded c => W("history.council-opinion", c.By.Name, Day(c.HeardOn), c.Opinion),
        CaseAssigned a => a.Reason is null ? W("history.assigned", a.By.Name, a.OfficerName) : W("history.assigned-because", a.By.Name, a.OfficerName, a.Reason),
        DecisionProposed d => W("history.decision-proposed", d.By.Name, Notification.Describe(d.Decision), d.Reasons, Acknowledged(d.OpenItemsAcknowledged)),
        DecisionProposalReturned r => W("history.proposal-returned", r.By.Name, r.Reason),
        DecisionApproved a => W("history.decision-approved", a.By.Name, Notification.Describe(a.Decision), a.ProposedBy.Name, Acknowledged(a.OpenItemsAcknowledged)),
        RecommendationIssued r => W("history.recommendation-issued", r.Content, Day(r.ReplyDue)),
        RecommendationAnswered r => (r.Accepted, r.Comment) switch
        {
            (true, null) => W("history.recommendation-accepted", r.By.Name),
            (true, { } comment) => W("history.recommendation-accepted-comment", r.By.Name, comment),
            (false, null) => W("history.recommendation-refused", r.By.Name),
            (false, { } comment) => W("history.recommendation-refused-comment", r.By.Name, comment),
        },
        RecommendationUnanswered r => W("history.recommendation-unanswered", Day(r.Due)),
        NotificationWithdrawn w => w.RefiledAs is { } id ? W("history.withdrawn-refiled", w.By.Name, w.Reason, id) : W("history.withdrawn", w.By.Name, w.Reason),
        DocumentAttached d => W("history.document-attached", d.By.Name, d.Document.FileName, Components.Shared.FileSize.Of(d.Document.Size), d.Document.Sha256[..12],
            d.Document.Restricted ? Word("history.restricted") : ""),
        ParticipantAdded p => W("history.participant-added", p.By.Name, p.Participant.Name, DomainWords.Of(p.Participant.Role)),
        ParticipantRemoved p => W("history.participant-removed", p.By.Name, p.Name),
        PostInvestmentReportFiled r => W("history.post-investment-report", r.By.Name, Day(r.ExecutedOn), Day(r.Due),
            r.DaysOverdue > 0 ? W("history.late-by", r.DaysOverdue) : "",
            (r.DueNoteWords?.ToString() ?? r.DueNote) is { } moved ? W("history.note", moved.TrimEnd('.', '。')) : ""),
        PriorityAssessed p => W("history.priority", DomainWords.Of(p.Priority.Band), p.Priority.Score,
            string.Join(Separator, p.Priority.Factors.Select(f => $"{f.Said} (+{f.Points})"))),
        MitigationAgreementInForce m => W("history.agreement-in-force-on-case", m.Version),
        NotificationClosed c => c.Conditions.Count == 0 ? W("history.closed", c.Outcome.Describe())
            : c.AgreementVersion is { } v ? W("history.closed-on-agreement", c.Outcome.Describe(), v, string.Join(Separator, c.Conditions))
            : W("history.closed-with-conditions", c.Outcome.Describe(), string.Join(Separator, c.Conditions)),
        CasePageOpened o => W("history.page-opened", o.By.Name, Optional("page", o.Page)),
        DocumentOpened o => W("history.document-opened", o.By.Name, o.FileName),
        AgreementDrafted d => W("history.agreement-drafted", d.Version.ProposedBy.Name, d.Organization, d.Version.Conditions.Count),
        AgreementVersionProposed v => v.Note is null ? W("history.agreement-proposed", v.Version.ProposedBy.Name, v.Version.Number, v.Version.Conditions.Count)
            : W("history.agreement-proposed-note", v.Version.ProposedBy.Name, v.Version.Number, v.Version.Conditions.Count, v.Note),
        AgreementSigned s => W("history.agreement-signed", s.By.Name, s.Version, Optional("side", s.Side)),
        AgreementInForce f => W("history.agreement-in-force", f.Version, Day(f.From)),
        AgreementTerminated t => W("history.agreement-terminated", t.By.Name, t.Reason),
        ObligationScheduled o => W("history.obligation-scheduled", ObligationWords.Describe(o.Description), Day(o.Due)),
        ObligationOverdue o => W("history.obligation-overdue", Day(o.Due)),
        ComplianceSubmitted c => c.Documents is { Count: > 0 } d ? W("history.compliance-submitted-documents", c.By.Name, d.Count) : W("history.compliance-submitted", c.By.Name),
        ComplianceAccepted c => W("history.compliance-accepted", c.By.Name),
        ComplianceReturned c => W("history.compliance-returned", c.By.Name, c.Reason),
        ViolationRecorded v => W("history.violation-recorded", v.By.Name, Optional("severity", v.Severity), v.ConditionKey, v.Evidence),
        PenaltyProposed p => W("history.penalty-proposed", p.By.Name, p.Amount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), p.Basis),
        PenaltyApproved p => W("history.penalty-approved", p.By.Name, p.Amount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), p.ProposedBy.Name),
        RemediationPlanSet r => W("history.remediation-set", r.By.Name, Day(r.Due), r.Plan),
        RemediationOverdue r => W("history.remediation-overdue", Day(r.Due)),
        RemediationCompleted r => W("history.remediation-completed", r.By.Name, r.Evidence),
        _ => Word("history.unknown"),
    };

    private static string W(string key, params object?[] values) => Glossary.Word(key, values.Select(v => v ?? "").ToArray());
    private static string Word(string key) => Glossary.Word(key);
    private static string Day(DateOnly day) => RegimeTime.Day(day);
    private static string Separator => Glossary.InJapanese ? "、" : "; ";
    private static string Sentence(string note) => Glossary.InJapanese ? $"。{note}" : $". {note}";

    /// <summary>A recorded word (a side, a severity, a page) said in the reader's language where the glossary knows it.</summary>
    private static string Optional(string kind, string value) => Glossary.WordOr($"{kind}.{value}", value);

    private static string Acknowledged(IReadOnlyList<string>? items) =>
        items is { Count: > 0 } ? W("history.open-items", items.Count, string.Join(Separator, items)) : "";

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
