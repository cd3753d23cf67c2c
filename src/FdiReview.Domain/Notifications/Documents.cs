using System.Text.RegularExpressions;
using FdiReview.Domain.Clocks;

namespace FdiReview.Domain.Notifications;

/// <summary>An attachment's record on the case: what it is, its SHA-256, who uploaded it and who may see it.</summary>
public sealed record CaseDocument(Guid Id, string FileName, string ContentType, long Size, string Sha256, bool Restricted,
    Guid? InformationRequestId, string UploadedBy, string UploadedByName, DateTimeOffset At);

public sealed record DocumentAttached(Guid NotificationId, CaseDocument Document, Actor By, DateTimeOffset At);

/// <summary>FEFTA J23: the investor reported the executed investment after completion.</summary>
/// <summary>A post-investment report, on time or late: a late one is recorded with the days overdue, never refused (N4).</summary>
public sealed record PostInvestmentReportFiled(Guid NotificationId, DateOnly ExecutedOn, DateOnly Due, string Report, Actor By, DateTimeOffset At,
    int DaysOverdue = 0, string? DueNote = null)
{
    /// <summary>Why the due day moved, for either language (none on reports filed before it).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Phrase? DueNoteWords { get; init; }
}

public sealed partial class Notification
{
    public List<CaseDocument> Documents { get; set; } = [];
    public PostInvestmentReportFiled? PostInvestmentReport { get; set; }

    public void Apply(DocumentAttached e) => Documents.Add(e.Document);
    public void Apply(PostInvestmentReportFiled e) => PostInvestmentReport = e;

    /// <summary>Restricted documents are seen only by their uploader and the agency.</summary>
    public bool CanSee(CaseDocument document, Actor viewer) =>
        IsVisibleTo(viewer) && (viewer.Role != Roles.Investor || !document.Restricted || document.UploadedBy == viewer.UserId);

    /// <summary>The ids of the documents this viewer may see, and so may cite (e.g. in a compliance report).</summary>
    public IReadOnlyCollection<Guid> DocumentsSeenBy(Actor viewer) => Documents.Where(d => CanSee(d, viewer)).Select(d => d.Id).ToHashSet();

    /// <summary>A participant or an officer attaches a document (its content is stored apart; its hash is the record).</summary>
    public IReadOnlyList<object> AttachDocument(CaseDocument document, Actor actor, DateTimeOffset now)
    {
        Require(actor.Role is Roles.Officer or Roles.Supervisor || ParticipantOf(actor) is not null,
            "Only the users taking part in the filing or an officer may attach documents.");
        Require(Status.IsOpen() || Status == NotificationStatus.Closed, $"The notification is {Status.Describe().ToLowerInvariant()}.");
        Require(Sha256Pattern().IsMatch(document.Sha256), "A document is recorded with its SHA-256 hash.");
        Require(document.InformationRequestId is null || InformationRequests.Any(r => r.Id == document.InformationRequestId),
            "There is no such information request on this case.");
        return [new DocumentAttached(Id, document with { UploadedBy = actor.UserId, UploadedByName = actor.Name, At = now }, actor, now)];
    }

    /// <summary>
    /// FEFTA (J23, JP-4): an exempted acquisition — or one made after a prior notification that let it
    /// proceed — is reported within the period after execution (45 days by default, Art. 55-5). The report is an act
    /// addressed to the ministers, so a last day on an administrative holiday moves to the next working day (N3). A late
    /// report is accepted and recorded as late with the days overdue (N4): refusing it would hide the breach. A
    /// future-dated report is refused, as is a second one.
    /// </summary>
    public IReadOnlyList<object> FilePostInvestmentReport(DateOnly executedOn, string? report, int periodDays, Actor investor, DateTimeOffset now)
    {
        RequireMay(investor, InvestorAction.ReportInvestment);
        Require(Regime == Screening.Regime.Fefta, "Post-investment reports are a FEFTA procedure.");
        var exempt = Determination?.Filing is Screening.Filing.ExemptWithPostInvestmentReport or Screening.Filing.PostInvestmentReport;
        var cleared = Outcome is CaseOutcome.InvestmentMayProceed or CaseOutcome.Cleared or CaseOutcome.ClearedWithMitigation or CaseOutcome.RecommendationAccepted;
        Require(Status != NotificationStatus.Withdrawn && (exempt || cleared),
            "A post-investment report follows an exempted acquisition or one the review let proceed.");
        Require(PostInvestmentReport is null, "The post-investment report has already been filed.");
        Require(!string.IsNullOrWhiteSpace(report), "Describe the investment as executed.");
        var today = JapanCalendar.Instance.Today(now);
        Require(executedOn <= today, "The investment must have been executed before it is reported.");
        var period = new PhaseRule(periodDays, DayCount.Calendar, false, true, "FEFTA Art. 55-5; 行政機関の休日に関する法律 Art. 2");
        var (due, moved) = period.DeadlineFrom(executedOn, JapanCalendar.Instance);
        var overdue = Math.Max(0, today.DayNumber - due.DayNumber);
        return [new PostInvestmentReportFiled(Id, executedOn, due, report!.Trim(), investor, now, overdue, moved?.In(japanese: false)) { DueNoteWords = moved }];
    }

    [GeneratedRegex("^[0-9A-F]{64}$")]
    private static partial Regex Sha256Pattern();
}
