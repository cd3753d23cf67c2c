namespace FdiReview.Domain.Screening.Firrma;

/// <summary>
/// 31 CFR 800.401: a mandatory declaration for (b) a substantial interest acquired in a TID U.S. business
/// by a foreign person in which a single foreign state (not an excepted one) has a substantial interest, or
/// (c) critical technology that would need a U.S. export authorization for the investor or any holder of
/// ≥25% of the votes in it. Excepted investors never owe one (800.401(e)). Otherwise a covered
/// transaction may be notified voluntarily.
/// </summary>
public static class FilingRequirement
{
    public const decimal CriticalTechnologyHolderPercent = 25m;

    public static (Filing Filing, IReadOnlyList<string> Basis) Run(OwnershipGraph graph, CoveredTransaction covered,
        SubstantialInterest substantial, ScreeningOptions options, Findings findings)
    {
        var target = graph.Facts.Target!;
        var investor = graph.PartyOf(graph.InvestorId);
        var isCovered = covered != CoveredTransaction.NotCovered;
        var basis = new List<string>();

        var exceptedStates = DatedList.InForce(options.ExceptedForeignStates, graph.Facts.AsOf);
        var exceptedState = substantial.Government is { } gov && exceptedStates?.Items.Contains(gov) == true;
        var government = isCovered && target.Tid.Any && substantial.Present && !exceptedState;
        findings.Add("FIRRMA-800.401(b)", "31 CFR 800.401(b); 800.244", government,
            government
                ? Phrase.Say("firrma.401b.holds", Phrase.Country(substantial.Government))
                : !isCovered ? Phrase.Say("firrma.401b.not-covered")
                : !target.Tid.Any ? Phrase.Say("firrma.401b.not-tid")
                : exceptedState ? Phrase.Say("firrma.401b.excepted-state", Phrase.Country(substantial.Government))
                : Phrase.Say("firrma.401b.no-substantial-interest"),
            exceptedStates is null
                ? Phrase.Say("firrma.excepted-states.none", Phrase.Day(options.ExceptedForeignStates.Min(e => e.From)))
                : Phrase.Say("firrma.excepted-states.listed", Phrase.Day(exceptedStates.From), Phrase.List(exceptedStates.Items.Select(Phrase.Country))));
        if (government) basis.Add("foreign-government-substantial-interest");

        var needsAuthorization = RelevantPersons(graph)
            .Select(p => (p.Id, p.Percent, p.In, State: StateOf(graph.PartyOf(p.Id))))
            .Where(p => p.State is not null && target.ExportAuthorizationRequiredFor.Contains(p.State))
            .ToList();
        var criticalTechnology = isCovered && target.Tid.CriticalTechnologies && needsAuthorization.Count > 0;
        findings.Add("FIRRMA-800.401(c)", "31 CFR 800.401(c); 800.254; 800.256", criticalTechnology,
            criticalTechnology
                ? Phrase.Say("firrma.401c.holds", Phrase.List(needsAuthorization.Select(p =>
                    Phrase.Say("firrma.401c.person", graph.NameOf(p.Id), Phrase.Country(p.State), Role(graph, p.Id, p.Percent, p.In)))))
                : !isCovered ? Phrase.Say("firrma.401c.not-covered")
                : !target.Tid.CriticalTechnologies ? Phrase.Say("firrma.401c.no-critical-technology")
                : Phrase.Say("firrma.401c.no-authorization"));
        if (criticalTechnology) basis.Add("critical-technology-export-authorization");

        var excepted = investor?.ExceptedInvestor == true;
        var generalPartners = graph.HoldersOf(graph.InvestorId).Where(h => h.GeneralPartner).Select(h => h.Holder).ToList();
        var qualifyingFund = investor?.Kind is PartyKind.Fund or PartyKind.Partnership && generalPartners.Count > 0
                             && generalPartners.All(gp => !ForeignPersonTest.IsForeignPerson(graph, gp));
        var exempt = basis.Count > 0 && (excepted || qualifyingFund);
        findings.Add("FIRRMA-800.401(d)-(e)", "31 CFR 800.401(d)(1), (e)(1), (e)(3)", exempt,
            !exempt ? Phrase.Say("firrma.401de.none")
            : excepted ? Phrase.Say("firrma.401de.excepted")
            : Phrase.Say("firrma.401de.fund", Phrase.List(generalPartners.Select(id => Phrase.Fact(graph.NameOf(id))))));
        if (exempt) basis.Clear();

        var filing = basis.Count > 0 ? Filing.MandatoryDeclaration : isCovered ? Filing.Voluntary : Filing.NotRequired;
        findings.Add("FIRRMA-800.401", "31 CFR 800.401; 800.402; 800.501", filing == Filing.MandatoryDeclaration,
            Phrase.Say(filing switch
            {
                Filing.MandatoryDeclaration => "firrma.401.mandatory",
                Filing.Voluntary => "firrma.401.voluntary",
                _ => "firrma.401.none",
            }));
        return (filing, basis);
    }

    /// <summary>
    /// The contract's binding reading of US-15: the investor and every holder of ≥25% of the votes in it (indirectly).
    /// Where a general partner directs the investor, a holder counts only through ≥25% of the interest in the general
    /// partner, and the general partner itself is one of them (800.256(b), as for the government test).
    /// </summary>
    private static IEnumerable<(string Id, decimal Percent, string In)> RelevantPersons(OwnershipGraph graph)
    {
        yield return (graph.InvestorId, 100m, graph.InvestorId);
        var generalPartners = graph.HoldersOf(graph.InvestorId).Where(h => h.GeneralPartner).Select(h => h.Holder).ToList();
        foreach (var gp in generalPartners) yield return (gp, 100m, gp);
        var measuredIn = generalPartners.Count > 0 ? generalPartners : [graph.InvestorId];
        foreach (var entity in measuredIn)
        {
            foreach (var id in graph.Nodes.Where(id => id != entity && id != graph.InvestorId && id != graph.TargetId))
            {
                var percent = graph.IndirectVotingInterest(id, entity);
                if (percent >= CriticalTechnologyHolderPercent) yield return (id, percent, entity);
            }
            // 800.256: holdings of the governments of a single foreign state are aggregated.
            foreach (var (state, percent) in SubstantialInterestTest.GovernmentInterests(graph, entity))
                if (percent >= CriticalTechnologyHolderPercent &&
                    graph.Parties.FirstOrDefault(p => p.Kind == PartyKind.ForeignGovernment && p.ForeignGovernmentOf == state)?.Id is { } id)
                    yield return (id, percent, entity);
        }
    }

    private static Phrase Role(OwnershipGraph graph, string id, decimal percent, string measuredIn) =>
        id == graph.InvestorId ? Phrase.Say("firrma.401c.role.investor")
        : id == measuredIn ? Phrase.Say("firrma.401c.role.general-partner")
        : measuredIn == graph.InvestorId ? Phrase.Say("firrma.401c.role.holder", Percent.Show(percent))
        : Phrase.Say("firrma.401c.role.holder-of-general-partner", Percent.Show(percent), graph.NameOf(measuredIn));

    /// <summary>800.401(c): an entity by its principal place of business, an individual by nationality.</summary>
    private static string? StateOf(Party? party) => party?.Kind switch
    {
        null => null,
        PartyKind.Individual => party.Nationality,
        PartyKind.ForeignGovernment => party.ForeignGovernmentOf,
        _ => party.PrincipalPlaceOfBusiness ?? party.Nationality,
    };
}
