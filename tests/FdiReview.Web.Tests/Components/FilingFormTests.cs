using System.Text.Json;
using FdiReview.Web.Components.Portal;

namespace FdiReview.Web.Tests.Components;

/// <summary>Issue 15, item 3: the filing form refuses what it cannot use and never rewrites what was typed.</summary>
public class FilingFormTests
{
    private static FilingForm Complete() => new()
    {
        InvestorName = "Harbour Lane Fund", InvestorNationality = "HK", TargetName = "Keystone Drones", TargetCountry = "US",
        VotingPercentAfter = "35", InvestmentValue = "25,000,000", Currency = "USD",
    };

    [Fact]
    public void A_complete_form_has_no_problems_and_reads_its_numbers()
    {
        var form = Complete();
        form.Problems().ShouldBeEmpty();
        form.ToFacts().Transaction!.VotingPercentAfter.ShouldBe(35m);
        form.VotingPercentAfter = "12.5%";
        form.ToFacts().Transaction!.VotingPercentAfter.ShouldBe(12.5m);
        form.ToValue().ShouldBe(new Domain.Notifications.InvestmentValue(25_000_000m, "USD"));
    }

    [Theory]
    [InlineData("150", "A percentage must be between 0 and 100.")]
    [InlineData("seventy", "Enter a number in figures, such as 25 or 12.5 (a point before the decimals).")]
    [InlineData("1,5", "Enter a number in figures, such as 25 or 12.5 (a point before the decimals).")]
    [InlineData("-5", "A percentage must be between 0 and 100.")]
    public void A_percentage_out_of_range_or_in_words_is_refused_and_kept_as_typed(string typed, string why)
    {
        var form = Complete();
        form.VotingPercentAfter = typed;
        form.Problems()[nameof(FilingForm.VotingPercentAfter)].ShouldBe([why]);
        form.VotingPercentAfter.ShouldBe(typed);
    }

    [Fact]
    public void A_holder_percentage_in_words_names_the_holder_row()
    {
        var form = Complete();
        form.Holders.Add(new HolderRow { Name = "Harbour State Capital", Kind = Domain.Screening.PartyKind.ForeignGovernment, Nationality = "CN", VotingPercent = "thirty" });
        form.Problems().Keys.ShouldBe(["Holders[0].VotingPercent"]);
        FilingForm.Describe("Holders[0].VotingPercent").ShouldBe(("Holder 1: voting %", "holder-0-percent"));
    }

    [Fact]
    public void Board_seats_take_whole_numbers_and_an_empty_board_size_is_unknown()
    {
        var form = Complete();
        form.BoardSeats = "1.5";
        form.Problems()[nameof(FilingForm.BoardSeats)].ShouldBe(["Enter a whole number in figures, such as 3."]);
        form.BoardSeats = "1";
        form.ToFacts().Transaction!.Rights.BoardSize.ShouldBeNull();
    }

    [Fact]
    public void The_filing_asks_for_the_value_and_its_currency_and_what_if_screening_does_not()
    {
        var form = Complete();
        (form.InvestmentValue, form.Currency) = ("", "");
        form.Problems().Keys.ShouldBe([nameof(FilingForm.InvestmentValue), nameof(FilingForm.Currency)], ignoreOrder: true);
        form.Problems(valueRequired: false).ShouldBeEmpty();
        form.InvestmentValue = "0";
        form.Currency = "USD";
        form.Problems()[nameof(FilingForm.InvestmentValue)].Single().ShouldStartWith("An amount above 0");
    }

    [Fact]
    public void A_draft_saved_with_numbers_reads_back_as_the_text_of_those_numbers()
    {
        var form = JsonSerializer.Deserialize<FilingForm>("""{"VotingPercentAfter": 12.5, "BoardSize": null, "Holders": [{"VotingPercent": 30}]}""")!;
        (form.VotingPercentAfter, form.BoardSize, form.Holders[0].VotingPercent).ShouldBe(("12.5", "", "30"));
        JsonSerializer.Deserialize<FilingForm>(JsonSerializer.Serialize(form))!.VotingPercentAfter.ShouldBe("12.5");
    }

    [Fact]
    public void Countries_and_currencies_are_listed_by_name()
    {
        Domain.Countries.Name("DE").ShouldBe("Germany");
        Domain.Countries.Name("JP").ShouldBe("Japan");
        Domain.Countries.All.Count.ShouldBeGreaterThan(200);
        Domain.Countries.All.ShouldNotContain(c => c.Code == "EU" || c.Code == "ZZ");
        Domain.Countries.IsCurrency("JPY").ShouldBeTrue();
        Domain.Countries.IsCurrency("DOLLARS").ShouldBeFalse();
    }
}
