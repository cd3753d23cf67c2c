using System.Text.Json;
using CsCheck;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Tests.Screening;

/// <summary>Invariants of the engine over generated transactions (CsCheck).</summary>
public class ScreeningPropertyTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly string[] States = ["CN", "DE", "GB", "US", "RU", "JP"];

    private static readonly Gen<Rights> GenRights =
        from seats in Gen.Int[0, 5]
        from size in Gen.Int[0, 9]
        from observer in Gen.Bool
        from mnpti in Gen.Bool
        from matters in Gen.Enum<ImportantMatter>().Array[0, 2]
        from sdm in Gen.Enum<DecisionMakingArea>().Array[0, 1]
        select new Rights
        {
            BoardSeats = size == 0 ? seats : Math.Min(seats, size),
            BoardSize = size == 0 ? null : size,
            BoardObserver = observer,
            MaterialNonpublicTechnicalInformation = mnpti,
            ImportantMatters = matters.Distinct().ToList(),
            SubstantiveDecisionMaking = sdm.Distinct().ToList(),
        };

    /// <summary>An investor A owned by a holder H (a corporation or a foreign government), acquiring in target T.</summary>
    internal static readonly Gen<TransactionFacts> GenFirrma =
        from nationality in Gen.OneOf(States)
        from holderIsGovernment in Gen.Bool
        from holderState in Gen.OneOf(States.Where(s => s != "US").ToArray())
        from holderPercent in Gen.Int[0, 100]
        from after in Gen.Int[0, 100]
        from rights in GenRights
        from passive in Gen.Bool
        from excepted in Gen.Bool
        from tid in Gen.Int[0, 7]
        from exportTo in Gen.OneOf(States).Array[0, 2]
        select new TransactionFacts
        {
            Regime = Regime.Firrma,
            Parties =
            [
                new Party { Id = "A", Name = "A", Kind = PartyKind.Corporation, Nationality = nationality, ExceptedInvestor = excepted },
                holderIsGovernment
                    ? new Party { Id = "H", Name = "Gov", Kind = PartyKind.ForeignGovernment, Nationality = holderState, ForeignGovernmentOf = holderState }
                    : new Party { Id = "H", Name = "Holder", Kind = PartyKind.Corporation, Nationality = holderState },
                new Party { Id = "U", Name = "U.S. holder", Kind = PartyKind.Corporation, Nationality = "US" },
            ],
            Ownership = [new OwnershipEdge { Holder = "H", Entity = "A", VotingPercent = holderPercent }],
            Investor = "A",
            Target = new Target
            {
                Id = "T", Name = "T", Country = "US", UsBusiness = true,
                Tid = new TidFlags { CriticalTechnologies = (tid & 1) != 0, SensitivePersonalData = (tid & 2) != 0, CoveredInvestmentCriticalInfrastructure = (tid & 4) != 0 },
                ExportAuthorizationRequiredFor = exportTo.Distinct().ToList(),
                OtherHolders = [new OtherHolder { Holder = "U", VotingPercent = 100 - after }],
            },
            Transaction = new Transaction { VotingPercentAfter = after, Rights = rights, PassiveInvestment = passive },
        };

    private static string Json(Determination d) =>
        JsonSerializer.Serialize(d with { Findings = [], Summary = "" }, Web);

    [Fact]
    public void Adding_minority_protections_never_creates_control_800_208_c()
    {
        GenFirrma.Select(Gen.Enum<MinorityProtection>().Array[1, 6]).Sample((facts, protections) =>
        {
            var more = facts with { Transaction = facts.Transaction! with { Rights = facts.Transaction.Rights with { MinorityProtections = protections.Distinct().ToList() } } };
            return ScreeningEngine.Screen(more).Control.Conferred == ScreeningEngine.Screen(facts).Control.Conferred;
        });
    }

    [Fact]
    public void Raising_a_governments_interest_never_removes_a_mandatory_declaration_800_401_b()
    {
        GenFirrma.Where(f => f.Parties[1].Kind == PartyKind.ForeignGovernment).Select(Gen.Int[0, 100]).Sample((facts, raise) =>
        {
            var before = ScreeningEngine.Screen(facts);
            var edge = facts.Ownership[0];
            var raised = facts with { Ownership = [edge with { VotingPercent = Math.Min(100, edge.VotingPercent + raise) }] };
            return before.Filing != Filing.MandatoryDeclaration || ScreeningEngine.Screen(raised).Filing == Filing.MandatoryDeclaration;
        });
    }

    [Fact]
    public void An_excepted_investor_never_makes_a_covered_investment_800_211()
    {
        GenFirrma.Sample(facts =>
        {
            var excepted = facts with { Parties = [facts.Parties[0] with { ExceptedInvestor = true }, .. facts.Parties.Skip(1)] };
            var d = ScreeningEngine.Screen(excepted);
            return d.CoveredTransaction != CoveredTransaction.CoveredInvestment && d.Filing != Filing.MandatoryDeclaration;
        });
    }

    [Fact]
    public void Permuting_parties_and_ownership_edges_never_changes_the_determination()
    {
        GenFirrma.Select(Gen.Int).Sample((facts, seed) =>
        {
            var random = new Random(seed);
            var shuffled = facts with
            {
                Parties = facts.Parties.OrderBy(_ => random.Next()).ToList(),
                Ownership = facts.Ownership.Append(new OwnershipEdge { Holder = "U", Entity = "H", VotingPercent = 10 }).OrderBy(_ => random.Next()).ToList(),
            };
            var withEdge = facts with { Ownership = [.. facts.Ownership, new OwnershipEdge { Holder = "U", Entity = "H", VotingPercent = 10 }] };
            return Json(ScreeningEngine.Screen(shuffled)) == Json(ScreeningEngine.Screen(withEdge));
        });
    }

    [Fact]
    public void Every_determination_field_is_explained_by_a_finding_with_a_rule_id_and_a_citation()
    {
        GenFirrma.Sample(facts =>
        {
            var d = ScreeningEngine.Screen(facts);
            var rules = d.Findings.Select(f => f.Rule).ToHashSet();
            return d.Findings.All(f => f.Rule.Length > 0 && f.Citation.Length > 0 && f.Explanation.Length > 0)
                   && new[] { "FIRRMA-800.224", "FIRRMA-800.235", "FIRRMA-800.301", "FIRRMA-800.211", "FIRRMA-800.211(b)", "FIRRMA-800.244", "FIRRMA-800.401", "FDIREVIEW-PRIORITY" }.All(rules.Contains)
                   && (d.Control.Conferred == d.Findings.Any(f => f.Rule.StartsWith("FIRRMA-800.208(a)") && f.Holds));
        });
    }
}
