using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace FdiReview.Web.Statistics;

/// <summary>What the annual statistics need of one case, kept by an asynchronous projection off the hot path.</summary>
public sealed class CaseStatistic
{
    public Guid Id { get; set; }
    public int YearFiled { get; set; }
    public int MonthFiled { get; set; }
    public Regime Regime { get; set; }
    public SubmissionKind Kind { get; set; }
    public string Sector { get; set; } = "";
    public string InvestorCountry { get; set; } = "";
    public bool StateOwned { get; set; }
    public bool Investigated { get; set; }
    public bool Refiling { get; set; }
    public bool WithdrawnAndRefiled { get; set; }
    /// <summary>The day the review started — acceptance (FEFTA), the start of the review or assessment (FIRRMA) — in the regime's calendar.</summary>
    public DateOnly? AcceptedOn { get; set; }
    /// <summary>The day the case ended (decided, closed or withdrawn), in the regime's calendar.</summary>
    public DateOnly? DecidedOn { get; set; }
    public CaseOutcome? Outcome { get; set; }
    /// <summary>The country of the ultimate parent of the investor (the investor's own where it has no parent).</summary>
    public string UltimateParentCountry { get; set; } = "";
    /// <summary>The filing this one refiles (withdraw and refile): both are one transaction.</summary>
    public Guid? RefiledFrom { get; set; }
    /// <summary>FEFTA: the screening found the acquisition exempt with a post-investment report.</summary>
    public bool ScreenedExempt { get; set; }
    /// <summary>FEFTA: days a post-investment report came in after its due day; null before one.</summary>
    public int? ReportDaysOverdue { get; set; }

    /// <summary>Calendar days from acceptance to the end of the case.</summary>
    public int? ReviewDays => AcceptedOn is { } accepted && DecidedOn is { } decided ? decided.DayNumber - accepted.DayNumber : null;

    /// <summary>Business days of the regime's calendar from the start of the review to its end (N7: how published figures count).</summary>
    public int? ReviewBusinessDays => AcceptedOn is { } accepted && DecidedOn is { } decided
        ? ClockRules.CalendarFor(Regime).BusinessDaysBetween(accepted, decided)
        : null;

    private DateOnly Day(DateTimeOffset at) => ClockRules.CalendarFor(Regime).Today(at);

    internal void Ended(DateTimeOffset at) => DecidedOn = Day(at);
    internal void Started(DateTimeOffset at) => AcceptedOn = Day(at);

    public static string SectorOf(TransactionFacts facts) => facts.Regime == Regime.Fefta
        ? $"FEFTA {FdiReview.Domain.Glossary.Word($"fefta-sector.{facts.Target?.FeftaSector ?? FeftaSector.NonDesignated}", japanese: false).ToLowerInvariant()}"
        : facts.Target?.Tid is { CriticalTechnologies: true } ? "Critical technologies"
        : facts.Target?.Tid is { CoveredInvestmentCriticalInfrastructure: true } ? "Critical infrastructure"
        : facts.Target?.Tid is { SensitivePersonalData: true } ? "Sensitive personal data"
        : "Other U.S. business";
}

public sealed class CaseStatisticProjection : SingleStreamProjection<CaseStatistic, Guid>
{
    public static CaseStatistic Create(NotificationFiled e) => new()
    {
        Id = e.NotificationId,
        YearFiled = e.FiledAt.Year,
        MonthFiled = e.FiledAt.Month,
        Regime = e.Facts.Regime ?? Regime.Firrma,
        Kind = e.Kind,
        Sector = CaseStatistic.SectorOf(e.Facts),
        InvestorCountry = e.Facts.InvestorParty?.Nationality ?? "",
        UltimateParentCountry = e.Facts.InvestorParty?.Nationality ?? "",
        Refiling = e.RefiledFrom is not null,
        RefiledFrom = e.RefiledFrom,
    };

    public static void Apply(CaseStatistic s, ScreeningCompleted e)
    {
        s.StateOwned = e.Determination.Priority.Factors.Any(f => f.Factor == "state-owned-investor");
        s.ScreenedExempt = e.Determination.Filing == Filing.ExemptWithPostInvestmentReport;
        if (e.Determination.UltimateParent?.Country is { Length: > 0 } country) s.UltimateParentCountry = country;
    }

    public static void Apply(CaseStatistic s, NotificationFactsCorrected e)
    {
        s.Sector = CaseStatistic.SectorOf(e.Facts);
        s.InvestorCountry = e.Facts.InvestorParty?.Nationality ?? s.InvestorCountry;
        s.UltimateParentCountry = s.InvestorCountry;
    }

    public static void Apply(CaseStatistic s, PostInvestmentReportFiled e) => s.ReportDaysOverdue = e.DaysOverdue;

    public static void Apply(CaseStatistic s, NotificationAccepted e) => s.Started(e.At);
    public static void Apply(CaseStatistic s, InvestigationOpened e) => s.Investigated = true;
    public static void Apply(CaseStatistic s, ReviewExtended e) => s.Investigated = true;

    public static void Apply(CaseStatistic s, NotificationClosed e)
    {
        s.Outcome = e.Outcome;
        s.Ended(e.At);
    }

    public static void Apply(CaseStatistic s, NotificationWithdrawn e)
    {
        s.Outcome = CaseOutcome.Withdrawn;
        s.WithdrawnAndRefiled = e.RefiledAs is not null;
        s.Ended(e.At);
    }
}
