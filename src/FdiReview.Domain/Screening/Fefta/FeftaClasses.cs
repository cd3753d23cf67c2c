namespace FdiReview.Domain.Screening.Fefta;

/// <summary>
/// The investor class and target sector as the rules in force on the day read them: before the 2025 amendment
/// (19 May 2025) there were no specified or quasi-specified foreign investors, so they were judged as general
/// investors, and a specified core business was a core business.
/// </summary>
public sealed record FeftaClasses(FeftaInvestorClass Investor, FeftaSector Sector, Phrase? Version)
{
    public bool Core => Sector is FeftaSector.Core or FeftaSector.SpecifiedCore;

    public static FeftaClasses Of(TransactionFacts facts)
    {
        var investor = facts.InvestorParty?.FeftaInvestorClass ?? FeftaInvestorClass.General;
        var sector = facts.Target?.FeftaSector ?? FeftaSector.NonDesignated;
        var dated = investor is FeftaInvestorClass.SpecifiedForeignInvestor or FeftaInvestorClass.QuasiSpecifiedForeignInvestor
                    || sector == FeftaSector.SpecifiedCore;
        if (!dated) return new(investor, sector, null);
        var version = RuleEditions.Fefta2025.VersionOn(facts.AsOf);
        return RuleEditions.Fefta2025.AppliesOn(facts.AsOf)
            ? new(investor, sector, version)
            : new(investor is FeftaInvestorClass.SpecifiedForeignInvestor or FeftaInvestorClass.QuasiSpecifiedForeignInvestor ? FeftaInvestorClass.General : investor,
                sector == FeftaSector.SpecifiedCore ? FeftaSector.Core : sector, version);
    }
}
