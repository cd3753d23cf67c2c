namespace FdiReview.Domain.Screening;

/// <summary>
/// Policy, not law (US-17, JP-7): state-owned investors, mandatory filings, sensitive sectors, control
/// and access rights raise a case's review priority. Every point comes with its reason.
/// </summary>
public static class PriorityScore
{
    public sealed record Facts(bool StateOwned, Phrase? StateOwnedReason, bool MandatoryFiling, bool SensitiveSector,
        Phrase SensitiveSectorReason, bool Control, bool AccessRights);

    public static Priority Run(Facts facts, PriorityWeights weights, Findings findings)
    {
        var factors = new List<PriorityFactor>();
        if (facts.StateOwned) factors.Add(PriorityFactor.Because("state-owned-investor", weights.StateOwnedInvestor, facts.StateOwnedReason ?? Phrase.Say("priority.state-owned")));
        if (facts.MandatoryFiling) factors.Add(PriorityFactor.Because("mandatory-filing", weights.MandatoryFiling, Phrase.Say("priority.mandatory")));
        if (facts.SensitiveSector) factors.Add(PriorityFactor.Because("sensitive-sector", weights.SensitiveSector, facts.SensitiveSectorReason));
        if (facts.Control) factors.Add(PriorityFactor.Because("control", weights.Control, Phrase.Say("priority.control")));
        if (facts.AccessRights) factors.Add(PriorityFactor.Because("access-rights", weights.AccessRights, Phrase.Say("priority.access")));

        var score = Math.Min(100, factors.Sum(f => f.Points));
        var band = score >= weights.HighBandFrom ? PriorityBand.High : score >= weights.MediumBandFrom ? PriorityBand.Medium : PriorityBand.Low;
        findings.Add("FDIREVIEW-PRIORITY", "Agency review policy: state-owned investors first (31 CFR 800.505; FEFTA Art. 27-2)", band == PriorityBand.High,
            factors.Count == 0
                ? Phrase.Say("priority.none", Phrase.Say($"priority-band.{band}"))
                : Phrase.Say("priority.score", score.ToString(System.Globalization.CultureInfo.InvariantCulture), Phrase.Say($"priority-band.{band}"),
                    Phrase.Each(factors.Select(f => Phrase.Say("priority.factor", f.Words ?? f.Reason, f.Points.ToString(System.Globalization.CultureInfo.InvariantCulture))))));
        return new Priority(score, band, factors);
    }
}
