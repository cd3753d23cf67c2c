using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FdiReview.Domain;
using FdiReview.Domain.Clocks;
using FdiReview.Domain.Notifications;

namespace FdiReview.Web.Audit;

/// <summary>
/// A field of a case and its value as people read them in the audit diff: "Facts › transaction › voting percent
/// after", "Under review" — never a JSON path, a code or an identifier.
/// </summary>
public static partial class FieldWords
{
    /// <summary>"informationRequests[0].questions" → "Information requests › 1 › questions".</summary>
    public static string Of(string path)
    {
        var parts = path.Replace("[", ".[").Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.StartsWith('[') ? (int.Parse(part.Trim('[', ']'), CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture)
                : Words(part))
            .ToList();
        var text = string.Join(" › ", parts);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A value in words: statuses, outcomes and clock phases by their names, codes spelled out, identifiers hidden.</summary>
    public static string? Value(string path, string? value)
    {
        if (value is null) return null;
        if (Guid.TryParse(value, out _)) return Glossary.Word("diff.recorded");
        if (value is "true" or "false") return Glossary.Word(value == "true" ? "diff.yes" : "diff.no");
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant) && value.Contains('T'))
            return RegimeTime.Day(DateOnly.FromDateTime(instant.UtcDateTime)) + instant.ToUniversalTime().ToString(" HH:mm", CultureInfo.InvariantCulture) + Glossary.Word("diff.utc");
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return RegimeTime.Day(day);
        var leaf = path.Split('.').Last();
        return leaf switch
        {
            "status" when Parse<NotificationStatus>(value) is { } status => status.Describe(),
            "outcome" when Parse<CaseOutcome>(value) is { } outcome => outcome.Describe(),
            "phase" when Enum.TryParse<ClockPhase>(value.Replace("-", ""), ignoreCase: true, out var phase) => DomainWords.Of(phase),
            _ when CodeWord(value) is { } word => word,
            _ when Code().IsMatch(value) => char.ToUpperInvariant(value[0]) + value[1..].Replace('-', ' '),
            _ => value,
        };
    }

    /// <summary>
    /// A part of the case in words: a value as <see cref="Value"/> says it, an object as "field: value" pairs, a list
    /// item by item; identifiers and empty parts are left out.
    /// </summary>
    public static string? Of(string path, JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => Value(path, v.GetValue<string>()),
        JsonValue v => Value(path, v.ToJsonString()),
        JsonArray list => list.Count == 0 ? Glossary.Word("diff.none") : string.Join(Glossary.InJapanese ? "、" : "; ", list.Select((item, i) => Of($"{path}[{i}]", item)).Where(t => t is { Length: > 0 })),
        JsonObject fields => string.Join(", ", fields
            .Where(f => !f.Key.Equals("id", StringComparison.OrdinalIgnoreCase) && !f.Key.EndsWith("Id", StringComparison.Ordinal))
            .Select(f => (f.Key, Text: Of($"{path}.{f.Key}", f.Value)))
            .Where(f => f.Text is { Length: > 0 } && f.Text != Glossary.Word("diff.none"))
            .Select(f => Glossary.Word("diff.pair", Words(f.Key), f.Text!))),
        _ => null,
    };

    /// <summary>A code the glossary names ("prior-notification" → filing.PriorNotification), in the reader's language.</summary>
    private static string? CodeWord(string value)
    {
        var pascal = string.Concat(value.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return CodeTerms.Value.TryGetValue(pascal, out var term) ? Glossary.InJapanese ? term.Japanese : term.English : null;
    }

    /// <summary>The glossary's terms named by an enum member ("filing.PriorNotification" under "PriorNotification"), indexed once.</summary>
    private static readonly Lazy<Dictionary<string, Glossary.Term>> CodeTerms = new(() => Glossary.Terms.Values
        .Where(t => !t.Key.StartsWith("field.", StringComparison.Ordinal) && t.Key.LastIndexOf('.') is > 0 and var dot && dot < t.Key.Length - 1 && char.IsUpper(t.Key[dot + 1]))
        .GroupBy(t => t.Key[(t.Key.LastIndexOf('.') + 1)..], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    private static T? Parse<T>(string value) where T : struct, Enum
    {
        try { return JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value)); }
        catch (JsonException) { return null; }
    }

    /// <summary>"votingPercentAfter" → "voting percent after" / 「取引後の議決権割合」, from the glossary (<c>field.*</c>); a key it lacks in words.</summary>
    private static string Words(string camel) =>
        Glossary.WordOr($"field.{camel}", Capital().Replace(camel, m => " " + m.Value.ToLowerInvariant()).Trim());

    [GeneratedRegex("[A-Z]")]
    private static partial Regex Capital();

    /// <summary>A spelling of a code: lower-case words joined by hyphens ("under-review").</summary>
    [GeneratedRegex("^[a-z]+(-[a-z0-9]+)+$")]
    private static partial Regex Code();
}
