namespace FdiReview.Domain.Screening;

/// <summary>
/// The thresholds that rest on facts not confirmed from a primary source ((U) in the rules), and policy
/// weights. Defaults are the documented ones; an agency changes them in configuration, not in code.
/// </summary>
public sealed record ScreeningOptions
{
    public static readonly ScreeningOptions Default = new();

    /// <summary>(U) FEFTA J21: general investors may use the exemption for listed core targets only below this.</summary>
    public decimal FeftaCoreListedExemptionCapPercent { get; init; } = 10m;

    /// <summary>(U) FEFTA J23: a listed non-designated acquisition owes a post-investment report from this holding.</summary>
    public decimal FeftaNonDesignatedListedReportPercent { get; init; } = 10m;

    /// <summary>(U) FEFTA J23 / JP-4: days after execution for the post-investment report.</summary>
    public int FeftaPostInvestmentReportDays { get; init; } = 45;

    /// <summary>
    /// (U) FEFTA N6: a quasi-specified foreign investor needs prior notification from this share of a core target
    /// (other than a specified core business, where it always does).
    /// </summary>
    public decimal FeftaQuasiSpecifiedCoreCapPercent { get; init; } = 10m;

    /// <summary>
    /// (U) FEFTA N6: the extra exemption conditions a quasi-specified foreign investor must commit to, beyond the basic
    /// (and core) ones — commitment keys. The law confirms only "no access to any non-public information".
    /// </summary>
    public IReadOnlyList<string> FeftaQuasiSpecifiedExtraConditions { get; init; } = ["noNonpublicInformationAccess"];

    /// <summary>
    /// 31 CFR 800.218, U20: Treasury's excepted foreign states, each edition from its date — Australia, Canada and the
    /// United Kingdom from 13 Feb 2020; New Zealand added in January 2022 (the day is configuration); the
    /// determinations required from 13 Feb 2023 were made for all four. A screening uses the edition in force on its
    /// <c>asOf</c> day.
    /// </summary>
    public IReadOnlyList<DatedList> ExceptedForeignStates { get; init; } =
    [
        new() { From = new(2020, 2, 13), Items = ["AU", "CA", "GB"] },
        new() { From = new(2022, 1, 5), Items = ["AU", "CA", "GB", "NZ"] },
    ];

    public PriorityWeights Priority { get; init; } = new();
}

/// <summary>Policy (US-17, JP-7): how much each risk factor adds to a case's priority, and the bands.</summary>
public sealed record PriorityWeights
{
    public int StateOwnedInvestor { get; init; } = 35;
    public int MandatoryFiling { get; init; } = 20;
    public int SensitiveSector { get; init; } = 15;
    public int Control { get; init; } = 15;
    public int AccessRights { get; init; } = 10;
    /// <summary>Case factors: the clock and the investor's record.</summary>
    public int DueWithinThreeBusinessDays { get; init; } = 15;
    public int DueWithinTenBusinessDays { get; init; } = 5;
    public int Overdue { get; init; } = 25;
    public int PerEarlierWithdrawal { get; init; } = 5;
    /// <summary>Per post-investment report the investor filed late (N4), up to two.</summary>
    public int PerLateReport { get; init; } = 5;
    public int MitigationViolation { get; init; } = 20;
    public int HighBandFrom { get; init; } = 60;
    public int MediumBandFrom { get; init; } = 30;
}
