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
    public DateOnly? AcceptedOn { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public CaseOutcome? Outcome { get; set; }

    /// <summary>Calendar days from acceptance to the end of the case.</summary>
    public int? ReviewDays => AcceptedOn is { } accepted && DecidedOn is { } decided ? decided.DayNumber - accepted.DayNumber : null;

    public static string SectorOf(TransactionFacts facts) => facts.Regime == Regime.Fefta
        ? $"FEFTA {System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName((facts.Target?.FeftaSector ?? FeftaSector.NonDesignated).ToString())}"
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
        Refiling = e.RefiledFrom is not null,
    };

    public static void Apply(CaseStatistic s, ScreeningCompleted e) =>
        s.StateOwned = e.Determination.Priority.Factors.Any(f => f.Factor == "state-owned-investor");

    public static void Apply(CaseStatistic s, NotificationFactsCorrected e)
    {
        s.Sector = CaseStatistic.SectorOf(e.Facts);
        s.InvestorCountry = e.Facts.InvestorParty?.Nationality ?? s.InvestorCountry;
    }

    public static void Apply(CaseStatistic s, NotificationAccepted e) => s.AcceptedOn = DateOnly.FromDateTime(e.At.UtcDateTime);
    public static void Apply(CaseStatistic s, InvestigationOpened e) => s.Investigated = true;
    public static void Apply(CaseStatistic s, ReviewExtended e) => s.Investigated = true;

    public static void Apply(CaseStatistic s, NotificationClosed e)
    {
        s.Outcome = e.Outcome;
        s.DecidedOn = DateOnly.FromDateTime(e.At.UtcDateTime);
    }

    public static void Apply(CaseStatistic s, NotificationWithdrawn e)
    {
        s.Outcome = CaseOutcome.Withdrawn;
        s.WithdrawnAndRefiled = e.RefiledAs is not null;
        s.DecidedOn = DateOnly.FromDateTime(e.At.UtcDateTime);
    }
}
