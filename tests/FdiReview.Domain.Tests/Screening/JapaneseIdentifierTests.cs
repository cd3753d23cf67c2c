using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Tests.Screening;

/// <summary>The corporate number's check digit (National Tax Agency, 法人番号の構成) and the securities code's forms (TSE, from 1 January 2024).</summary>
public class JapaneseIdentifierTests
{
    [Theory]
    [InlineData("7000012050002")] // the National Tax Agency's own
    [InlineData("1180301018771")] // a listed manufacturer
    [InlineData("5010401067252")]
    public void A_published_corporate_number_passes_its_check_digit(string number) =>
        JapaneseIdentifiers.IsCorporateNumber(number).ShouldBeTrue();

    [Theory]
    [InlineData("8000012050002")] // the Agency's with a wrong check digit
    [InlineData("7000012050003")] // one digit of the twelve changed
    [InlineData("700001205000")]  // twelve digits
    [InlineData("70000120500021")]
    [InlineData("7000-1205-0002")]
    [InlineData("７００００１２０５０００２")] // full-width digits are not digits here
    public void Anything_else_is_not_a_corporate_number(string number) =>
        JapaneseIdentifiers.IsCorporateNumber(number).ShouldBeFalse();

    [Theory]
    [InlineData("7203", true)]
    [InlineData("130A", true)] // the alphanumeric form, from 2024
    [InlineData("1A3C", true)]
    [InlineData("0203", false)]
    [InlineData("130B", false)] // B is never used
    [InlineData("13A0", false)] // a letter third
    [InlineData("72030", false)]
    [InlineData("720", false)]
    public void A_securities_code_is_four_characters_with_letters_only_second_or_fourth(string code, bool valid) =>
        JapaneseIdentifiers.IsSecuritiesCode(code).ShouldBe(valid);

    [Fact]
    public void A_wrong_check_digit_is_refused_naming_the_field()
    {
        var facts = Facts.Fefta(20, FeftaSector.Designated) with
        {
            Target = Facts.Fefta(20, FeftaSector.Designated).Target! with { CorporateNumber = "8000012050002", SecuritiesCode = "130B", JapaneseName = "トヨタ自動車株式会社" },
        };
        var errors = TransactionFactsValidation.Validate(facts);
        errors["target.corporateNumber"].Single().ShouldContain("check digit");
        errors["target.securitiesCode"].Single().ShouldContain("130B");
        errors.ContainsKey("target.japaneseName").ShouldBeFalse();
        TransactionFactsValidation.Validate(Facts.Fefta(20, FeftaSector.Designated) with { Target = Facts.Fefta(20, FeftaSector.Designated).Target! with { CorporateNumber = "7000012050002" } })
            .ShouldBeEmpty();
    }
}
