using System.Globalization;
using System.Text.Json.Serialization;

namespace FdiReview.Domain;

/// <summary>
/// A sentence kept as its template's key and the facts inserted, so that the record can say it in English or in
/// Japanese: the template is one row of <c>findings.tsv</c> (or the glossary) per language, the facts are the same.
/// A fact is a literal (a name, a percentage), a country, a day, a glossary term, another phrase, or a list of them.
/// </summary>
public sealed record Phrase
{
    /// <summary>The template's key; or <c>country</c>, <c>day</c>, <c>list</c> or <c>each</c> for a fact of that kind; none for a literal.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Key { get; init; }

    /// <summary>The literal, the country code, or the ISO day.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Phrase>? Args { get; init; }

    public static Phrase Say(string key, params Phrase[] args) => new() { Key = key, Args = args.Length == 0 ? null : args };

    /// <summary>A fact said the same in every language: a party's name, a percentage, a count.</summary>
    public static Phrase Fact(string text) => new() { Text = text };

    public static Phrase Country(string? code) => new() { Key = "country", Text = code };

    /// <summary>A holiday by the English name the calendar gives it; Japanese from the glossary ("Substitute Holiday (X)" → 振替休日（X）).</summary>
    public static Phrase Holiday(string name) => new() { Key = "holiday", Text = name };

    /// <summary>A time of day: "5 PM" / 「17時」.</summary>
    public static Phrase Time(TimeOnly time) => new() { Key = "time", Text = time.ToString("HH:mm", CultureInfo.InvariantCulture) };

    public static Phrase Day(DateOnly? day) => new() { Key = "day", Text = day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };

    /// <summary>Items run together: "a, b" / "a、b".</summary>
    public static Phrase List(IEnumerable<Phrase> items) => new() { Key = "list", Args = items.ToList() };

    /// <summary>Clauses one after another: "a; b" / "a。b" — each clause whole.</summary>
    public static Phrase Each(IEnumerable<Phrase> items) => new() { Key = "each", Args = items.ToList() };

    public static implicit operator Phrase(string text) => Fact(text);

    /// <summary>In the reader's language (the current UI culture).</summary>
    public override string ToString() => In(Glossary.InJapanese);

    private static string HolidayName(string name, bool japanese) =>
        !japanese ? name
        : name.StartsWith("Substitute Holiday (", StringComparison.Ordinal) ? $"振替休日（{HolidayName(name[20..^1], true)}）"
        : Glossary.WordOr($"holiday.{name}", name, japanese: true);

    public string In(bool japanese)
    {
        var args = Args ?? [];
        return Key switch
        {
            null => Text ?? "",
            "country" => Countries.Name(Text, japanese),
            "day" => Text is null ? "—" : japanese
                ? RegimeTime.JapaneseDay(DateOnly.ParseExact(Text, "yyyy-MM-dd", CultureInfo.InvariantCulture))
                : Text,
            "time" => TimeOnly.ParseExact(Text ?? "00:00", "HH:mm", CultureInfo.InvariantCulture)
                .ToString(japanese ? "H時" : "h tt", CultureInfo.InvariantCulture) + (japanese && Text?.EndsWith(":00", StringComparison.Ordinal) == false ? $"{Text[3..]}分" : ""),
            "holiday" => HolidayName(Text ?? "", japanese),
            "list" => string.Join(japanese ? "、" : ", ", args.Select(a => a.In(japanese))),
            "each" => string.Join(japanese ? "。" : "; ", args.Select(a => a.In(japanese))),
            _ => Glossary.Word(Key, japanese, args.Select(a => (object)a.In(japanese)).ToArray()),
        };
    }
}
