using System.Globalization;

namespace FdiReview.Domain;

/// <summary>
/// The legal vocabulary in English and Japanese (<c>glossary.tsv</c>, embedded): one file a translator or a lawyer
/// reads and corrects, the English term beside the official Japanese one. A word is given in the language of the
/// current UI culture — the request's, or the console circuit's — and English for every other language.
/// </summary>
public static class Glossary
{
    public sealed record Term(string Key, string English, string Japanese);

    /// <summary>The terms, and the sentence templates of the screening's findings (<c>findings.tsv</c>) and of the history's lines (<c>history.tsv</c>), by key.</summary>
    public static IReadOnlyDictionary<string, Term> Terms { get; } = Load("glossary.tsv", "findings.tsv", "history.tsv", "refusals.tsv");

    public static bool InJapanese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";

    /// <summary>The word for a key, in the current language; {0}… filled from <paramref name="values"/>.</summary>
    public static string Word(string key, params object[] values) => Word(key, InJapanese, values);

    /// <summary>The word for a key in the language asked for, whatever the current culture.</summary>
    public static string Word(string key, bool japanese, params object[] values)
    {
        if (!Terms.TryGetValue(key, out var term)) throw new KeyNotFoundException($"The glossary has no term '{key}'.");
        var text = japanese ? term.Japanese : term.English;
        return values.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, values);
    }

    /// <summary>A clock's citation in the reader's language where the glossary has it (the law's own words for Japanese
    /// readers); otherwise as configured. Section numbers of 31 CFR stay as they are.</summary>
    public static string Citation(string citation) => WordOr($"citation.{citation}", citation);

    /// <summary>The word for a key where the glossary has one (a recorded value, a configured text); otherwise the fallback as it is.</summary>
    public static string WordOr(string key, string fallback, bool? japanese = null) =>
        Terms.TryGetValue(key, out var term) ? japanese ?? InJapanese ? term.Japanese : term.English : fallback;

    private static Dictionary<string, Term> Load(params string[] files)
    {
        var terms = new Dictionary<string, Term>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var stream = typeof(Glossary).Assembly.GetManifestResourceStream($"FdiReview.Domain.Words.{file}")
                               ?? throw new InvalidOperationException($"{file} is not embedded.");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line.StartsWith('#')) continue;
                var cells = line.Split('\t');
                if (cells.Length != 3 || cells.Any(string.IsNullOrWhiteSpace)) throw new InvalidDataException($"A row of {file} needs a key, English and Japanese: '{line}'.");
                if (!terms.TryAdd(cells[0], new Term(cells[0], cells[1], cells[2]))) throw new InvalidDataException($"'{cells[0]}' is defined twice.");
            }
        }
        return terms;
    }
}
