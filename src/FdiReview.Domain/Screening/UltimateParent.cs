namespace FdiReview.Domain.Screening;

/// <summary>
/// Who stands at the top of the investor's chain of parents (31 CFR 800.235; FEFTA Art. 26(1)(iii)): the parent that has
/// no parent itself — of several, the one holding most of the votes in the investor — or the investor where it has none.
/// Its country is where it is organised, a government's state, or an individual's nationality.
/// </summary>
public static class UltimateParent
{
    public static UltimateParentOf Of(OwnershipGraph graph)
    {
        var investor = graph.InvestorId;
        var top = graph.ParentsOf(investor).Where(p => graph.ParentsOf(p).Count == 0).ToList();
        var id = top.Count == 0 ? investor
            : top.OrderByDescending(p => graph.IndirectVotingInterest(p, investor)).ThenBy(p => p, StringComparer.Ordinal).First();
        var party = graph.PartyOf(id);
        return new UltimateParentOf(id, party?.Kind == PartyKind.ForeignGovernment ? party.ForeignGovernmentOf ?? party.Nationality : party?.Nationality);
    }
}
