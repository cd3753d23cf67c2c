using System.Globalization;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Mitigation;
using FdiReview.Domain.Notifications;
using FdiReview.Domain.Screening;

namespace FdiReview.Domain.Tests.Words;

/// <summary>The legal vocabulary exists in both languages, in the official Japanese terms.</summary>
public class GlossaryTests
{
    private static T In<T>(string language, Func<T> read)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(language);
        try { return read(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui); }
    }

    private static IEnumerable<Func<string>> EveryWord() =>
        Enum.GetValues<PartyKind>().Select(v => (Func<string>)(() => DomainWords.Of(v)))
            .Concat(Enum.GetValues<Regime>().Select(v => (Func<string>)(() => DomainWords.Of(v))))
            .Concat(Enum.GetValues<ParticipantRole>().Select(v => (Func<string>)(() => DomainWords.Of(v))))
            .Concat(Enum.GetValues<FeftaSector>().SelectMany(v => new Func<string>[] { () => DomainWords.Of(v), () => DomainWords.Definition(v) }))
            .Concat(Enum.GetValues<FeftaInvestorClass>().SelectMany(v => new Func<string>[] { () => DomainWords.Of(v), () => DomainWords.Definition(v) }))
            .Concat(Enum.GetValues<TransactionKind>().Select(v => (Func<string>)(() => DomainWords.Of(v))))
            .Concat(Enum.GetValues<CoveredTransaction>().Select(v => (Func<string>)(() => DomainWords.Of(v))))
            .Concat(Enum.GetValues<NonControlTrigger>().Select(v => (Func<string>)(() => DomainWords.Of(v))))
            .Concat(Enum.GetValues<DecisionMakingArea>().Select(v => (Func<string>)(() => DomainWords.Of(v))))
            .Concat(Enum.GetValues<ConditionType>().Select(v => (Func<string>)(() => DomainWords.Of(v))))
            .Concat(Enum.GetValues<SubmissionKind>().Select(v => (Func<string>)(() => DomainWords.Of(v))))
            .Concat(Enum.GetValues<PriorityBand>().Select(v => (Func<string>)(() => DomainWords.Of(v))))
            .Concat(Enum.GetValues<ClockPhase>().Select(v => (Func<string>)(() => DomainWords.Of(v))))
            .Concat(Enum.GetValues<NotificationStatus>().Select(v => (Func<string>)(() => v.Describe())))
            .Concat(Enum.GetValues<CaseOutcome>().SelectMany(v => new Func<string>[] { () => v.Describe(), () => v.Letter(), () => v.Letter(2) }))
            .Concat(Enum.GetValues<ObligationState>().Select(v => (Func<string>)(() => ObligationWords.Of(v))))
            .Concat(Enum.GetValues<AgreementStatus>().Select(v => (Func<string>)(() => ObligationWords.Of(v))))
            .Concat(Enum.GetValues<RemediationState>().Select(v => (Func<string>)(() => ObligationWords.Of(v))));

    [Fact]
    public void Every_kind_phase_status_and_outcome_has_its_word_in_English_and_in_Japanese()
    {
        foreach (var word in EveryWord())
        {
            var (english, japanese) = (In("en", word), In("ja", word));
            english.ShouldNotBeNullOrWhiteSpace();
            japanese.ShouldNotBe(english);
            japanese.ShouldMatch(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]", $"'{japanese}' is not Japanese");
        }
    }

    [Fact]
    public void The_glossary_holds_the_official_FEFTA_terms()
    {
        string[] official = ["事前届出", "事後報告", "外国投資家", "指定業種", "コア業種", "特定コア事業者", "特定外国投資家", "審査期間", "禁止期間", "勧告", "命令",
            "関税・外国為替等審議会", "営業日"];
        var japanese = Glossary.Terms.Values.Select(t => t.Japanese).ToHashSet();
        official.Where(t => !japanese.Contains(t)).ShouldBeEmpty();
    }

    [Fact]
    public void A_value_is_inserted_in_either_language()
    {
        In("ja", () => CaseOutcome.ClearedWithMitigation.Letter(3)).ShouldContain("第3版");
        In("en", () => CaseOutcome.ClearedWithMitigation.Letter(3)).ShouldContain("version 3");
    }

    [Fact]
    public void A_language_the_product_does_not_offer_reads_English() =>
        In("de", () => NotificationStatus.UnderReview.Describe()).ShouldBe("Under review");

    [Fact]
    public void Countries_are_named_in_the_reader_s_language()
    {
        In("en", () => Countries.Name("DE")).ShouldBe("Germany");
        In("ja", () => Countries.Name("DE")).ShouldBe("ドイツ");
        In("ja", () => Countries.Name("JP")).ShouldBe("日本");
        In("ja", () => Countries.All).Count.ShouldBe(In("en", () => Countries.All).Count);
    }

    [Fact]
    public void Japanese_readers_see_Japanese_dates_in_JST_for_FEFTA_cases()
    {
        var at = new DateTimeOffset(2026, 12, 2, 0, 30, 0, TimeSpan.Zero);
        In("ja", () => RegimeTime.Of(at, Regime.Fefta)).ShouldBe("2026年12月2日 09:30 JST");
        In("en", () => RegimeTime.Of(at, Regime.Fefta)).ShouldBe("2026-12-02 09:30 JST");
        In("ja", () => RegimeTime.LongDay(new DateOnly(2027, 3, 2))).ShouldBe("2027年3月2日");
        In("en", () => RegimeTime.LongDay(new DateOnly(2027, 3, 2))).ShouldBe("2 March 2027");
    }
}
