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
            ? $"{Percent.Show(stake)} held by the investor, {Percent.Show(group)} together with those acting in concert with it"
            : $"{Percent.Show(stake)} held by the investor";

        if (findings.Add("FIRRMA-800.208(a)-majority", "31 CFR 800.208(a)", group > 50m && explicitControl != false,
                $"Majority of the voting interest: {stakeText}{(group > 50m ? " is more than half" : " is not more than half")}."))
            basis.Add(withConcert && stake <= 50m ? "acting-in-concert" : "majority-voting");

        var dominant = group == 50m && largestOther <= group && explicitControl != false;
        var dominantHolds = dominant && !passivityAgreement;
        if (findings.Add("FIRRMA-800.208(a)-dominant-minority", "31 CFR 800.208(a); 800.208(e)(1), (e)(6)", dominantHolds,
                dominant && passivityAgreement
                    ? $"A dominant 50% stake ({stakeText}) would confer control, but an irrevocable passivity agreement precludes control by voting interest alone (800.208(e)(6))."
                    : dominant
                        ? $"Dominant minority: {stakeText} is a 50% stake that no other holder exceeds (largest other holder {Percent.Show(largestOther)})."
                        : $"No dominant 50% stake: {stakeText}; largest other holder {Percent.Show(largestOther)}."))
            basis.Add(withConcert && stake < 50m ? "acting-in-concert" : "dominant-minority");

        var seats = rights.BoardSeats;
        var boardMajority = rights.BoardSize is { } size && seats * 2 > size;
        if (findings.Add("FIRRMA-800.208(a)-board", "31 CFR 800.208(a)", boardMajority,
                rights.BoardSize is { } boardSize
                    ? $"Board representation: {seats} of {boardSize} seats is {(boardMajority ? "a majority" : "not a majority")}."
                    : $"Board representation: {seats} seat(s) on a board of unknown size is taken to be a minority."))
            basis.Add("board-majority");

        var generalPartner = own?.GeneralPartner == true;
        if (findings.Add("FIRRMA-800.208(a)-general-partner", "31 CFR 800.208(a)(8); 800.208(e)(7)", generalPartner,
                generalPartner
                    ? $"{graph.NameOf(investor)} is the general partner of {graph.NameOf(target)}."
                    : $"{graph.NameOf(investor)} is not a general partner or managing member of {graph.NameOf(target)}."))
            basis.Add("general-partner");

        if (findings.Add("FIRRMA-800.208(a)-other-means", "31 CFR 800.208(a)", explicitControl == true,
                explicitControl == true
                    ? "Control by other means is stated (e.g. appointment rights by law or contract)."
                    : "No control by other means is stated."))
            basis.Add("other-means");

        var matters = rights.ImportantMatters.Distinct().ToList();
        findings.Add("FIRRMA-800.208(a)-important-matters", ImportantMatterCitation(matters), matters.Count > 0,
            matters.Count > 0
                ? $"The investor may determine, direct, decide or veto {string.Join(", ", matters.Select(Describe))}: " +
                  "each is an important matter, whatever the percentage held, and an agreement not to exercise it does not remove it (800.301(e)(3))."
                : "The investor gets no right over any important matter listed in 800.208(a)(1)–(10).");
        basis.AddRange(matters.Select(m => $"important-matter:{KebabCase(m)}"));

        var protections = rights.MinorityProtections.Distinct().ToList();
        findings.Add("FIRRMA-800.208(c)", "31 CFR 800.208(c)", false,
            protections.Count > 0
                ? $"The minority protections ({string.Join(", ", protections.Select(KebabCase))}) do not in themselves confer control."
                : "No minority protections are at stake.");

        var caseByCase = rights.OtherRights.Count > 0;
        findings.Add("FIRRMA-800.208(d)", "31 CFR 800.208(d)", caseByCase,
            caseByCase
                ? $"Other rights ({string.Join("; ", rights.OtherRights)}) must be judged case by case by an officer."
                : "No other rights need a case-by-case judgement.");

        return new ControlDetermination(basis.Count > 0, basis.Distinct().ToList(), caseByCase);
    }

    private static string ImportantMatterCitation(IReadOnlyList<ImportantMatter> matters) =>
        matters.Count == 0
            ? "31 CFR 800.208(a)(1)–(10)"
            : "31 CFR 800.208(a)(" + string.Join(", ", matters.Select(m => (int)m + 1).Order()) + ")";

    internal static string KebabCase<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static string Describe(ImportantMatter matter) => matter switch
    {
        ImportantMatter.PrincipalAssets => "the transfer of principal assets (a)(1)",
        ImportantMatter.Reorganization => "reorganisation, merger or dissolution (a)(2)",
        ImportantMatter.Facilities => "closing or relocating facilities (a)(3)",
        ImportantMatter.BudgetAndMajorExpenditures => "major expenditures and the budget (a)(4)",
        ImportantMatter.NewBusinessLines => "new business lines (a)(5)",
        ImportantMatter.SignificantContracts => "significant contracts (a)(6)",
        ImportantMatter.InformationPolicies => "policies on non-public information (a)(7)",
        ImportantMatter.OfficerAppointment => "appointing or dismissing officers (a)(8)",
        ImportantMatter.SensitiveEmployeeAppointment => "appointing employees with access to critical technology (a)(9)",
        ImportantMatter.OrganizationalDocuments => "amending organisational documents (a)(10)",
        _ => KebabCase(matter),
    };
}
