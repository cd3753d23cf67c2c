using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using FdiReview.Domain.Screening;
using FdiReview.Domain.Tests.Screening;

namespace FdiReview.Domain.Tests.Words;

/// <summary>
/// Every finding of the FEFTA (Art. 26, 27, 27-2, 55-5) and 31 CFR Part 800 rule packs is said from one template per
/// rule and language with the same facts: the English is the contract's explanation, and the Japanese has no English
/// in it beyond the parties' names, the U.S. regulation's abbreviations and the section numbers.
/// </summary>
public partial class FindingWordsTests
{
    // Proper names of the U.S. regime (31 CFR 800.248 "TID U.S. business"), and the product's own name.
    private static readonly HashSet<string> Allowed = ["CFR", "CFIUS", "TID", "FIRRMA", "FEFTA", "FdiReview"];

    [GeneratedRegex(@"\{\d+\}")] private static partial Regex Slot();
    [GeneratedRegex(@"[A-Za-z]{2,}")] private static partial Regex LatinWord();

    [Fact]
    public void Each_template_inserts_the_same_facts_in_both_languages()
    {
        foreach (var term in Glossary.Terms.Values)
        {
            var english = Slot().Matches(term.English).Select(m => m.Value).ToHashSet();
            var japanese = Slot().Matches(term.Japanese).Select(m => m.Value).ToHashSet();
            japanese.SetEquals(english).ShouldBeTrue($"{term.Key}: {{…}} differ between '{term.English}' and '{term.Japanese}'");
        }
    }

    [Fact]
    public void Every_fefta_finding_is_said_in_japanese_without_english_and_in_english_as_the_contract_explains_it()
    {
        foreach (var facts in FeftaCases()) Check(facts);
    }

    [Fact]
    public void Every_firrma_finding_is_said_in_japanese_without_english_and_in_english_as_the_contract_explains_it()
    {
        ScreeningPropertyTests.GenFirrma.Sample(facts => { Check(facts); return true; }, iter: 400);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Screening", "Examples"), "*.json"))
        {
            var request = JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("request");
            Check(request.Deserialize<TransactionFacts>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!);
        }
    }

    [Fact]
    public void Determinations_stored_before_the_words_existed_still_read_in_english()
    {
        var old = new Finding("FEFTA-Art.27(1)", "FEFTA Art. 27(1)", true, "An old explanation.");
        old.ExplanationSaid.ShouldBe("An old explanation.");
        JsonSerializer.Serialize(old).ShouldNotContain("Words");
    }

    private static void Check(TransactionFacts facts)
    {
        var d = ScreeningEngine.Screen(facts);
        var names = facts.Parties.Select(p => p.Name).Append(facts.Target?.Name)
            .OfType<string>().SelectMany(n => LatinWord().Matches(n).Select(m => m.Value)).ToHashSet();
        var said = d.Findings.Select(f => (f.Rule, Words: f.Words!, English: f.Explanation))
            .Concat(d.Findings.Where(f => f.Version is not null).Select(f => ($"{f.Rule} version", f.VersionWords!, f.Version!)))
            .Append(("summary", d.SummaryWords!, d.Summary))
            .Concat(d.Priority.Factors.Select(f => ($"factor {f.Factor}", f.Words!, f.Reason)));
        foreach (var (rule, words, english) in said)
        {
            words.ShouldNotBeNull($"{rule} keeps no words");
            words.In(japanese: false).ShouldBe(english);
            var japanese = words.In(japanese: true);
            var stray = LatinWord().Matches(japanese).Select(m => m.Value).Where(w => !Allowed.Contains(w) && !names.Contains(w)).ToList();
            stray.ShouldBeEmpty($"{rule}: '{japanese}'");
        }
    }

    /// <summary>Investor classes × sectors × listed or not × stakes × actions × commitments, judged before 2020, before 2025 and after.</summary>
    private static IEnumerable<TransactionFacts> FeftaCases()
    {
        DateOnly[] days = [new(2019, 6, 1), new(2024, 6, 1), new(2026, 6, 1)];
        decimal[] stakes = [0.5m, 5m, 12m, 40m, 60m];
        FeftaCommitments[] commitments =
        [
            new(),
            new() { NoOfficers = true, NoBusinessTransferProposal = true, NoNonpublicTechnologyAccess = true },
            new() { NoOfficers = true, NoBusinessTransferProposal = true, NoNonpublicTechnologyAccess = true, NoCoreCommitteeAttendance = true, NoDeadlineWrittenProposals = true, NoNonpublicInformationAccess = true },
        ];
        foreach (var investorClass in Enum.GetValues<FeftaInvestorClass>())
        foreach (var sector in Enum.GetValues<FeftaSector>())
        foreach (var listed in new[] { true, false })
        foreach (var stake in stakes)
        foreach (var committed in commitments)
        foreach (var day in days)
        foreach (var kind in new[] { PartyKind.Corporation, PartyKind.Individual, PartyKind.Fund })
            yield return new TransactionFacts
            {
                Regime = Regime.Fefta,
                AsOf = day,
                Parties =
                [
                    new Party { Id = "A", Name = "Acme Holdings", Kind = kind, Nationality = kind == PartyKind.Individual ? "JP" : "CN", FeftaInvestorClass = investorClass },
                    new Party { Id = "G", Name = "State Fund", Kind = PartyKind.ForeignGovernment, Nationality = "SG", ForeignGovernmentOf = "SG" },
                ],
                Ownership = [new OwnershipEdge { Holder = "G", Entity = "A", VotingPercent = stake }],
                Investor = "A",
                Target = new Target { Id = "T", Name = "Tokyo Widgets", Country = "JP", Listed = listed, FeftaSector = sector },
                Transaction = new Transaction
                {
                    VotingPercentAfter = stake,
                    FeftaActions = stake > 30 ? [FeftaAction.ConsentDirectorAppointment, FeftaAction.ConsentBusinessPurposeChange] : stake < 1 ? [FeftaAction.ConsentBusinessPurposeChange] : [],
                    FeftaCommitments = committed,
                    Rights = new Rights { BoardSeats = stake > 50 ? 3 : 0, BoardSize = 5 },
                },
            };
    }
}
