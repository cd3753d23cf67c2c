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

    public static IReadOnlyDictionary<string, Term> Terms { get; } = Load();

    public static bool InJapanese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";

    /// <summary>The word for a key, in the current language; {0}… filled from <paramref name="values"/>.</summary>
    public static string Word(string key, params object[] values)
    {
        if (!Terms.TryGetValue(key, out var term)) throw new KeyNotFoundException($"The glossary has no term '{key}'.");
        var text = InJapanese ? term.Japanese : term.English;
        return values.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, values);
    }

    private static Dictionary<string, Term> Load()
    {
        using var stream = typeof(Glossary).Assembly.GetManifestResourceStream("FdiReview.Domain.Words.glossary.tsv")
                           ?? throw new InvalidOperationException("The glossary is not embedded.");
        using var reader = new StreamReader(stream);
        var terms = new Dictionary<string, Term>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length != 3 || cells.Any(string.IsNullOrWhiteSpace)) throw new InvalidDataException($"A glossary row needs a key, English and Japanese: '{line}'.");
            if (!terms.TryAdd(cells[0], new Term(cells[0], cells[1], cells[2]))) throw new InvalidDataException($"The glossary has '{cells[0]}' twice.");
        }
        return terms;
    }
}
