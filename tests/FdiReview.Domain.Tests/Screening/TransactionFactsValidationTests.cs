using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Tests.Screening;

/// <summary>Shape rules of the screening contract (v1) "Request": required fields and known ids.</summary>
public class TransactionFactsValidationTests
{
    private static IReadOnlyDictionary<string, string[]> Errors(TransactionFacts facts) => TransactionFactsValidation.Validate(facts);

    [Fact]
    public void A_complete_filing_has_no_errors() => Errors(SampleFacts.Firrma()).ShouldBeEmpty();

    [Fact]
    public void A_missing_body_is_one_error_at_the_root() =>
        TransactionFactsValidation.Validate(null).Keys.ShouldBe(["$"]);

    [Fact]
    public void Missing_regime_investor_and_target_are_named()
    {
        var errors = Errors(SampleFacts.Firrma() with { Regime = null, Investor = null, Target = null });
        errors.Keys.ShouldBe(["regime", "target", "investor"], ignoreOrder: true);
    }

    [Fact]
    public void The_investor_must_be_one_of_the_parties()
    {
        Errors(SampleFacts.Firrma() with { Investor = "Z" })["investor"].Single().ShouldContain("\"Z\"");
    }

    [Fact]
    public void Party_fields_are_named_by_their_index()
    {
        var facts = SampleFacts.Firrma() with
        {
            Parties = [SampleFacts.Firrma().Parties[0], new Party { Id = "A", Nationality = "china" }],
        };

        var errors = Errors(facts);

        errors.Keys.ShouldBe(["parties[1].id", "parties[1].name", "parties[1].kind", "parties[1].nationality"], ignoreOrder: true);
        errors["parties[1].id"].Single().ShouldContain("twice");
    }

    [Fact]
    public void A_foreign_government_names_its_state()
    {
        var facts = SampleFacts.Firrma() with
        {
            Parties = [.. SampleFacts.Firrma().Parties, new Party { Id = "G", Name = "Gov", Kind = PartyKind.ForeignGovernment, Nationality = "CN" }],
        };
        Errors(facts).Keys.ShouldBe(["parties[1].foreignGovernmentOf"]);
    }

    [Fact]
    public void Ownership_edges_point_at_parties_or_the_target_and_hold_percentages()
    {
        var facts = SampleFacts.Firrma() with
        {
            Ownership =
            [
                new OwnershipEdge { Holder = "X", Entity = "A", VotingPercent = 10 },
                new OwnershipEdge { Holder = "A", Entity = "B", VotingPercent = 120 },
            ],
        };
        Errors(facts).Keys.ShouldBe(["ownership[0].holder", "ownership[1].votingPercent"], ignoreOrder: true);
    }

    [Fact]
    public void Percentages_lie_between_0_and_100_and_seats_within_the_board()
    {
        var facts = SampleFacts.Firrma() with
        {
            Transaction = new Transaction
            {
                VotingPercentAfter = 101,
                ActingInConcertWith = ["nobody"],
                Rights = new Rights { BoardSeats = 8, BoardSize = 7 },
            },
        };
        Errors(facts).Keys.ShouldBe(["transaction.votingPercentAfter", "transaction.actingInConcertWith[0]", "transaction.rights.boardSeats"], ignoreOrder: true);
    }
}
