namespace FdiReview.Domain.Screening.Firrma;

/// <summary>
/// 31 CFR 800.208: the power, whether or not exercised, to determine, direct or decide important matters —
/// through a majority or dominant minority of the votes (alone or with those acting in concert), board
/// representation, a general partnership, or rights over any 800.208(a) matter. Minority protections of
/// 800.208(c) never suffice alone; other rights are judged case by case (800.208(d)).
/// </summary>
public static class ControlTest
{
    public static ControlDetermination Run(OwnershipGraph graph, Rights rights, bool passivityAgreement, Findings findings)
    {
        var investor = graph.InvestorId;
        var target = graph.TargetId;
        var basis = new List<string>();
        var own = graph.HoldingIn(investor, target);
        var stake = own?.VotingPercent ?? 0m;
        var explicitControl = own?.Controls;

        var concert = graph.Facts.Transaction?.ActingInConcertWith ?? [];
        var groupMembers = new HashSet<string>(concert.Append(investor), StringComparer.Ordinal);
        var group = stake + concert.Distinct().Sum(id => graph.HoldingIn(id, target)?.VotingPercent ?? 0m);
        var largestOther = graph.HoldersOf(target).Where(h => !groupMembers.Contains(h.Holder))
            .Select(h => h.VotingPercent).DefaultIfEmpty(0m).Max();
        var withConcert = concert.Count > 0;
        var stakeText = withConcert
            ? Phrase.Say("firrma.stake.in-concert", Percent.Show(stake), Percent.Show(group))
            : Phrase.Say("firrma.stake.own", Percent.Show(stake));

        if (findings.Add("FIRRMA-800.208(a)-majority", "31 CFR 800.208(a)", group > 50m && explicitControl != false,
                Phrase.Say(group > 50m ? "firrma.majority.holds" : "firrma.majority.not", stakeText)))
            basis.Add(withConcert && stake <= 50m ? "acting-in-concert" : "majority-voting");

        var dominant = group == 50m && largestOther <= group && explicitControl != false;
        var dominantHolds = dominant && !passivityAgreement;
        if (findings.Add("FIRRMA-800.208(a)-dominant-minority", "31 CFR 800.208(a); 800.208(e)(1), (e)(6)", dominantHolds,
                dominant && passivityAgreement
                    ? Phrase.Say("firrma.dominant.passivity", stakeText)
                    : Phrase.Say(dominant ? "firrma.dominant.holds" : "firrma.dominant.not", stakeText, Percent.Show(largestOther))))
            basis.Add(withConcert && stake < 50m ? "acting-in-concert" : "dominant-minority");

        var seats = rights.BoardSeats;
        var boardMajority = rights.BoardSize is { } size && seats * 2 > size;
        if (findings.Add("FIRRMA-800.208(a)-board", "31 CFR 800.208(a)", boardMajority,
                rights.BoardSize is { } boardSize
                    ? Phrase.Say(boardMajority ? "firrma.board.majority" : "firrma.board.minority", seats.ToString(System.Globalization.CultureInfo.InvariantCulture), boardSize.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    : Phrase.Say("firrma.board.unknown-size", seats.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            basis.Add("board-majority");

        var generalPartner = own?.GeneralPartner == true;
        if (findings.Add("FIRRMA-800.208(a)-general-partner", "31 CFR 800.208(a)(8); 800.208(e)(7)", generalPartner,
                Phrase.Say(generalPartner ? "firrma.general-partner.holds" : "firrma.general-partner.not", graph.NameOf(investor), graph.NameOf(target))))
            basis.Add("general-partner");

        if (findings.Add("FIRRMA-800.208(a)-other-means", "31 CFR 800.208(a)", explicitControl == true,
                Phrase.Say(explicitControl == true ? "firrma.other-means.holds" : "firrma.other-means.not")))
            basis.Add("other-means");

        var matters = rights.ImportantMatters.Distinct().ToList();
        findings.Add("FIRRMA-800.208(a)-important-matters", ImportantMatterCitation(matters), matters.Count > 0,
            matters.Count > 0
                ? Phrase.Say("firrma.important-matters.holds", Phrase.List(matters.Select(Describe)))
                : Phrase.Say("firrma.important-matters.none"));
        basis.AddRange(matters.Select(m => $"important-matter:{KebabCase(m)}"));

        var protections = rights.MinorityProtections.Distinct().ToList();
        findings.Add("FIRRMA-800.208(c)", "31 CFR 800.208(c)", false,
            protections.Count > 0
                ? Phrase.Say("firrma.minority-protections.some", Phrase.List(protections.Select(p => Phrase.Say($"minority-protection.{p}"))))
                : Phrase.Say("firrma.minority-protections.none"));

        var caseByCase = rights.OtherRights.Count > 0;
        findings.Add("FIRRMA-800.208(d)", "31 CFR 800.208(d)", caseByCase,
            caseByCase
                ? Phrase.Say("firrma.other-rights.some", Phrase.Each(rights.OtherRights.Select(Phrase.Fact)))
                : Phrase.Say("firrma.other-rights.none"));

        return new ControlDetermination(basis.Count > 0, basis.Distinct().ToList(), caseByCase);
    }

    private static string ImportantMatterCitation(IReadOnlyList<ImportantMatter> matters) =>
        matters.Count == 0
            ? "31 CFR 800.208(a)(1)–(10)"
            : "31 CFR 800.208(a)(" + string.Join(", ", matters.Select(m => (int)m + 1).Order()) + ")";

    internal static string KebabCase<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static Phrase Describe(ImportantMatter matter) => Phrase.Say($"important-matter.{matter}");
}
