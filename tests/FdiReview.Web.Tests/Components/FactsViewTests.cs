using Bunit;
using FdiReview.Domain.Screening;
using FdiReview.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace FdiReview.Web.Tests.Components;

public class FactsViewTests
{
    private static async Task<string> Rendered(TransactionFacts facts, Domain.Notifications.InvestmentValue? value = null)
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        return ctx.Render<FactsView>(p => p.Add(v => v.Facts, facts).Add(v => v.Value, value)).Markup;
    }

    [Fact]
    public async Task Shows_the_investor_its_government_holder_the_target_and_the_TID_flags()
    {
        var facts = new TransactionFacts
        {
            Regime = Regime.Firrma,
            Parties =
            [
                new Party { Id = "A", Name = "Corporation A", Kind = PartyKind.Corporation, Nationality = "CN" },
                new Party { Id = "G", Name = "Government of CN", Kind = PartyKind.ForeignGovernment, Nationality = "CN", ForeignGovernmentOf = "CN" },
            ],
            Ownership = [new OwnershipEdge { Holder = "G", Entity = "A", VotingPercent = 60 }],
            Investor = "A",
            Target = new Target { Id = "B", Name = "Corporation B", Country = "US", Tid = new TidFlags { SensitivePersonalData = true } },
            Transaction = new Transaction { VotingPercentAfter = 25, Rights = new Rights { BoardSeats = 1, BoardSize = 7 } },
        };

        var view = await Rendered(facts);

        view.ShouldContain("FIRRMA (31 CFR 800)");
        view.ShouldContain("Corporation A");
        view.ShouldContain("Government of CN (Foreign government, China) holds 60% of the votes in Corporation A");
        view.ShouldContain("Corporation B (United States)");
        view.ShouldContain("sensitive personal data");
        view.ShouldContain("0% → 25%");
        view.ShouldContain("1 seat(s) of 7");
    }

    /// <summary>Issue 15, item 2: a FEFTA target's sector and the commitments read in words, not as enum names.</summary>
    [Fact]
    public async Task A_FEFTA_filing_reads_its_sector_and_commitments_in_words()
    {
        var facts = new TransactionFacts
        {
            Regime = Regime.Fefta,
            Parties = [new Party { Id = "A", Name = "Corporation A", Kind = PartyKind.Corporation, Nationality = "DE" }],
            Investor = "A",
            Target = new Target { Id = "B", Name = "Kabushiki B", Country = "JP", FeftaSector = FeftaSector.NonDesignated, Listed = true },
            Transaction = new Transaction { VotingPercentAfter = 12.5m, FeftaCommitments = new FeftaCommitments { NoOfficers = true } },
        };

        var view = await Rendered(facts, new Domain.Notifications.InvestmentValue(3_000_000_000m, "JPY"));

        view.ShouldContain("Non-designated, listed");
        view.ShouldNotContain("NonDesignated");
        view.ShouldContain("Corporation A (Corporation, Germany)");
        view.ShouldContain("Neither we nor closely related persons become officers of the target");
        view.ShouldContain("JPY 3,000,000,000");
    }
}
