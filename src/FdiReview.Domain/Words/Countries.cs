using System.Globalization;

namespace FdiReview.Domain;

/// <summary>
/// Countries (ISO 3166-1 alpha-2) and currencies (ISO 4217) by name, from the platform's ICU data, so that people
/// pick "Germany" rather than type a code; the record keeps the code.
/// </summary>
public static class Countries
{
    public sealed record Country(string Code, string Name);
    public sealed record Currency(string Code, string Name);

    // Codes ICU knows that are not countries: the EU, the eurozone, the UN, "outlying Oceania", pseudo-regions, the world.
    private static readonly HashSet<string> NotCountries = ["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"];

    private static readonly IReadOnlyList<Country> InEnglish = Load();

    private static readonly Dictionary<string, Country> ByCode = InEnglish.ToDictionary(c => c.Code, StringComparer.Ordinal);

    // ICU names the countries in Japanese too; sorted as Japanese readers expect (kana order).
    private static readonly Lazy<IReadOnlyList<Country>> InJapanese = new(() =>
    {
        var japanese = CultureInfo.GetCultureInfo("ja");
        return InEnglish.Select(c => new Country(c.Code, JapaneseName(c.Code)))
            .OrderBy(c => c.Name, StringComparer.Create(japanese, ignoreCase: false)).ToList();
    });

    private static readonly Lazy<Dictionary<string, string>> JapaneseByCode = new(() => InJapanese.Value.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal));

    /// <summary>Every country, named and sorted in the reader's language.</summary>
    public static IReadOnlyList<Country> All => Glossary.InJapanese ? InJapanese.Value : InEnglish;

    public static IReadOnlyList<Currency> Currencies { get; } = InEnglish
        .Select(c => new RegionInfo(c.Code)).Where(r => r.ISOCurrencySymbol.Length == 3 && r.ISOCurrencySymbol != "XXX")
        .GroupBy(r => r.ISOCurrencySymbol).Select(g => new Currency(g.Key, g.First().CurrencyEnglishName))
        .OrderBy(c => c.Code, StringComparer.Ordinal).ToList();

    private static readonly HashSet<string> CurrencyCodes = Currencies.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>A currency's name in the reader's language: the glossary's Japanese for the currencies investments are
    /// commonly made in; ICU's English name otherwise, the code beside it saying which.</summary>
    public static string CurrencyName(string code) =>
        Glossary.InJapanese ? Glossary.WordOr($"currency.{code}", EnglishCurrencyName(code)) : EnglishCurrencyName(code);

    private static string EnglishCurrencyName(string code) => Currencies.FirstOrDefault(c => c.Code == code)?.Name ?? code;

    public static bool IsCurrency(string? code) => code is not null && CurrencyCodes.Contains(code);

    /// <summary>"Germany" for DE; the code itself where it names no country known here; "—" for none.</summary>
    public static string Name(string? code) => Name(code, Glossary.InJapanese);

    public static string Name(string? code, bool japanese) =>
        string.IsNullOrWhiteSpace(code) ? "—"
        : !ByCode.TryGetValue(code, out var country) ? code
        : japanese ? JapaneseByCode.Value[code] : country.Name;

    /// <summary>ICU's Japanese name: a region read through the Japanese culture of it ("ja-DE") and a Japanese UI culture.</summary>
    private static string JapaneseName(string code)
    {
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja");
            return new RegionInfo($"ja-{code}").DisplayName;
        }
        catch (ArgumentException) { return ByCode[code].Name; }
        finally { CultureInfo.CurrentUICulture = ui; }
    }

    private static List<Country> Load()
    {
        var countries = new List<Country>();
        for (var first = 'A'; first <= 'Z'; first++)
        for (var second = 'A'; second <= 'Z'; second++)
        {
            var code = $"{first}{second}";
            if (NotCountries.Contains(code)) continue;
            RegionInfo region;
            try { region = new RegionInfo(code); }
            catch (ArgumentException) { continue; }
            // ICU answers some unassigned codes with the code itself as the name.
            if (region.TwoLetterISORegionName != code || region.EnglishName == code || region.EnglishName.Contains("Unknown")) continue;
            countries.Add(new Country(code, region.EnglishName));
        }
        return countries.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }
}
