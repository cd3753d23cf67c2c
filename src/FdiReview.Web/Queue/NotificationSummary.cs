using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace FdiReview.Web.Queue;

/// <summary>One row of the officers' queue and of an investor's list of filings.</summary>
public sealed class NotificationSummary
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Reference { get; set; } = "";
    public Regime? Regime { get; set; }
    public NotificationStatus Status { get; set; }
    public string InvestorName { get; set; } = "";
    public string? InvestorNationality { get; set; }
    public string TargetName { get; set; } = "";
    public string? TargetCountry { get; set; }
    /// <summary>The Japanese trade names (商号) and corporate numbers (法人番号) of the investor and the target, for the search.</summary>
    public string JapaneseNames { get; set; } = "";
    public string CorporateNumbers { get; set; } = "";
    /// <summary>The sector as the statistics name it (TID category, or the FEFTA list).</summary>
    public string Sector { get; set; } = "";
    public string Organization { get; set; } = "";
    /// <summary>The investor users taking part in the filing: only they see it in their lists.</summary>
    public List<string> Participants { get; set; } = [];
    public string FiledByName { get; set; } = "";
    public DateTimeOffset FiledAt { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
    /// <summary>The filing requirement from the latest screening.</summary>
    public Filing? Filing { get; set; }
    public int PriorityScore { get; set; }
    public PriorityBand? PriorityBand { get; set; }
    /// <summary>Why the case stands where it does in the queue.</summary>
    public List<PriorityFactor> PriorityFactors { get; set; } = [];
    /// <summary>The band as a number (high = 2), so the queue can order by it.</summary>
    public int BandRank { get; set; }
    public string? ReceiptNumber { get; set; }
    /// <summary>The running statutory period: which, and the day and instant it ends.</summary>
    public ClockPhase? ClockPhase { get; set; }
    public DateOnly? ClockDue { get; set; }
    public DayCount ClockUnit { get; set; }
    public DateTimeOffset? ClockDueAt { get; set; }
    public bool ClockElapsed { get; set; }
    public string? AssignedTo { get; set; }
    public string? AssignedToName { get; set; }
    public CaseOutcome? Outcome { get; set; }
    public NotificationStatus StatusBeforeProposal { get; set; }
    /// <summary>Days the post-investment report came in after its due day (N4); null before a report, 0 on time.</summary>
    public int? PostInvestmentReportDaysOverdue { get; set; }

    /// <summary>A short, stable reference officers and investors can read out on the phone.</summary>
    public static string ReferenceOf(Guid id, DateTimeOffset filedAt) =>
        $"FDI-{filedAt:yyyy}-{id.ToString("N")[^6..].ToUpperInvariant()}";

    public static string JapaneseNamesOf(TransactionFacts facts) =>
        string.Join(" ", new[] { facts.InvestorParty?.JapaneseName, facts.Target?.JapaneseName }.OfType<string>());

    public static string CorporateNumbersOf(TransactionFacts facts) =>
        string.Join(" ", new[] { facts.InvestorParty?.CorporateNumber, facts.Target?.CorporateNumber }.OfType<string>());
}

/// <summary>Inline: the queue row is written in the same transaction as the events, so officers see a filing at once.</summary>
public sealed class NotificationSummaryProjection : SingleStreamProjection<NotificationSummary, Guid>
{
    /// <summary>
    /// The event's time as PostgreSQL keeps it (microseconds): inline, Marten hands over the finer in-memory
    /// value, and a rebuild would otherwise not reproduce the row exactly.
    /// </summary>
    private static DateTimeOffset Stored(DateTimeOffset timestamp) => new(timestamp.Ticks - timestamp.Ticks % 10, timestamp.Offset);

    public static NotificationSummary Create(IEvent<NotificationFiled> e)
    {
        var filed = e.Data;
        var investor = filed.Facts.InvestorParty;
        return new NotificationSummary
        {
            Id = filed.NotificationId,
            Reference = NotificationSummary.ReferenceOf(filed.NotificationId, filed.FiledAt),
            Regime = filed.Facts.Regime,
            Status = NotificationStatus.Filed,
            InvestorName = investor?.Name ?? filed.Facts.Investor ?? "",
            InvestorNationality = investor?.Nationality,
            TargetName = filed.Facts.Target?.Name ?? "",
            TargetCountry = filed.Facts.Target?.Country,
            JapaneseNames = NotificationSummary.JapaneseNamesOf(filed.Facts),
            CorporateNumbers = NotificationSummary.CorporateNumbersOf(filed.Facts),
            Sector = Statistics.CaseStatistic.SectorOf(filed.Facts),
            Organization = filed.Organization,
            Participants = [filed.FiledBy.UserId],
            FiledByName = filed.FiledBy.Name,
            FiledAt = filed.FiledAt,
            LastChangedAt = Stored(e.Timestamp),
        };
    }

    public static void Apply(NotificationSummary row, IEvent<ScreeningCompleted> e)
    {
        row.Filing = e.Data.Determination.Filing;
        row.PriorityScore = e.Data.Determination.Priority.Score;
        row.PriorityBand = e.Data.Determination.Priority.Band;
        row.BandRank = (int)e.Data.Determination.Priority.Band;
        row.LastChangedAt = Stored(e.Timestamp);
    }

    public static void Apply(NotificationSummary row, ClockPhaseStarted e)
    {
        row.ClockPhase = e.Clock.Phase;
        row.ClockDue = e.Clock.Due;
        row.ClockUnit = e.Clock.Unit;
        row.ClockDueAt = ClockRules.CalendarFor(row.Regime).EndOf(e.Clock.Due);
        row.ClockElapsed = false;
    }

    public static void Apply(NotificationSummary row, ClockPhaseElapsed e) => row.ClockElapsed = true;

    public static void Apply(NotificationSummary row, PriorityAssessed e)
    {
        row.PriorityScore = e.Priority.Score;
        row.PriorityBand = e.Priority.Band;
        row.BandRank = (int)e.Priority.Band;
        row.PriorityFactors = [.. e.Priority.Factors];
    }
    public static void Apply(NotificationSummary row, ParticipantAdded e) => row.Participants.Add(e.Participant.UserId);
    public static void Apply(NotificationSummary row, ParticipantRemoved e) => row.Participants.Remove(e.UserId);
    public static void Apply(NotificationSummary row, NotificationReturnedIncomplete e) => Stop(row, e);
    public static void Apply(NotificationSummary row, NotificationResubmitted e) => Move(row, e);

    public static void Apply(NotificationSummary row, NotificationAccepted e)
    {
        Move(row, e);
        row.ReceiptNumber = e.ReceiptNumber;
    }

    public static void Apply(NotificationSummary row, InvestigationOpened e) => Move(row, e);
    public static void Apply(NotificationSummary row, ReviewExtended e) => Move(row, e);
    public static void Apply(NotificationSummary row, CaseAssigned e) => (row.AssignedTo, row.AssignedToName) = (e.OfficerId, e.OfficerName);
    public static void Apply(NotificationSummary row, DecisionProposed e) => Move(row, e);
    public static void Apply(NotificationSummary row, DecisionProposalReturned e) => Move(row, e);
    public static void Apply(NotificationSummary row, DecisionApproved e) => Move(row, e);
    public static void Apply(NotificationSummary row, RecommendationIssued e) => Move(row, e);
    public static void Apply(NotificationSummary row, RecommendationAnswered e) => Move(row, e);
    public static void Apply(NotificationSummary row, RecommendationUnanswered e) => Move(row, e);

    public static void Apply(NotificationSummary row, PostInvestmentReportFiled e) => row.PostInvestmentReportDaysOverdue = e.DaysOverdue;

    public static void Apply(NotificationSummary row, NotificationWithdrawn e)
    {
        Stop(row, e);
        row.Outcome = CaseOutcome.Withdrawn;
    }

    public static void Apply(NotificationSummary row, NotificationClosed e)
    {
        Stop(row, e);
        row.Outcome = e.Outcome;
    }

    /// <summary>The status the aggregate moves to on this event: the same function, so the queue never disagrees with the case.</summary>
    private static void Move(NotificationSummary row, object e) =>
        (row.Status, row.StatusBeforeProposal) = StatusFlow.After(row.Status, row.StatusBeforeProposal, e);

    /// <summary>A status with no running clock.</summary>
    private static void Stop(NotificationSummary row, object e)
    {
        Move(row, e);
        (row.ClockPhase, row.ClockDue, row.ClockDueAt, row.ClockElapsed) = (null, null, null, false);
    }

    public static void Apply(NotificationSummary row, IEvent<NotificationFactsCorrected> e)
    {
        var investor = e.Data.Facts.InvestorParty;
        row.Regime = e.Data.Facts.Regime;
        row.InvestorName = investor?.Name ?? e.Data.Facts.Investor ?? "";
        row.InvestorNationality = investor?.Nationality;
        row.TargetName = e.Data.Facts.Target?.Name ?? "";
        row.TargetCountry = e.Data.Facts.Target?.Country;
        row.JapaneseNames = NotificationSummary.JapaneseNamesOf(e.Data.Facts);
        row.CorporateNumbers = NotificationSummary.CorporateNumbersOf(e.Data.Facts);
        row.Sector = Statistics.CaseStatistic.SectorOf(e.Data.Facts);
        row.LastChangedAt = Stored(e.Timestamp);
    }
}
