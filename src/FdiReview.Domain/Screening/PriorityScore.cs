namespace FdiReview.Domain.Screening;

/// <summary>
/// Policy, not law (US-17, JP-7): state-owned investors, mandatory filings, sensitive sectors, control
/// and access rights raise a case's review priority. Every point comes with its reason.
/// </summary>
public static class PriorityScore
{
    public sealed record Facts(bool StateOwned, string? StateOwnedReason, bool MandatoryFiling, bool SensitiveSector,
        string SensitiveSectorReason, bool Control, bool AccessRights);

    public static Priority Run(Facts facts, PriorityWeights weights, Findings findings)
    {
        var factors = new List<PriorityFactor>();
        if (facts.StateOwned) factors.Add(new("state-owned-investor", weights.StateOwnedInvestor, facts.StateOwnedReason ?? "a state-owned investor"));
        if (facts.MandatoryFiling) factors.Add(new("mandatory-filing", weights.MandatoryFiling, "the filing is mandatory"));
        if (facts.SensitiveSector) factors.Add(new("sensitive-sector", weights.SensitiveSector, facts.SensitiveSectorReason));
        if (facts.Control) factors.Add(new("control", weights.Control, "the investor gains control"));
        if (facts.AccessRights) factors.Add(new("access-rights", weights.AccessRights, "the investor gains access, board or decision-making rights"));

        var score = Math.Min(100, factors.Sum(f => f.Points));
        var band = score >= weights.HighBandFrom ? PriorityBand.High : score >= weights.MediumBandFrom ? PriorityBand.Medium : PriorityBand.Low;
        findings.Add("FDIREVIEW-PRIORITY", "Agency review policy: state-owned investors first (31 CFR 800.505; FEFTA Art. 27-2)", band == PriorityBand.High,
            factors.Count == 0
                ? $"No risk factor applies: score 0, {band.ToString().ToLowerInvariant()} priority."
                : $"Score {score} ({band.ToString().ToLowerInvariant()}): {string.Join("; ", factors.Select(f => $"{f.Reason} (+{f.Points})"))}.");
        return new Priority(score, band, factors);
    }
}
