using System.Text.Json;

namespace FdiReview.Web.Screening;

/// <summary>
/// What is wrong with pasted JSON, in the words of the person who pasted it: where it is and what kind of mistake,
/// never the deserializer's message (which names .NET types).
/// </summary>
public static class JsonMistake
{
    public static string Explain(JsonException e)
    {
        var at = e.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : null;
        var where = e.LineNumber is { } line ? $" (line {line + 1}, character {(e.BytePositionInLine ?? 0) + 1})" : "";
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
            return $"\"{at}\" is not a field of a screening request{where}. Check its spelling against the sample.";
        if (e.Message.Contains("could not be converted", StringComparison.Ordinal))
            return at is null
                ? $"The request must be one JSON object with the transaction's facts{where}."
                : $"The value of \"{at}\" is not of the kind that field takes{where}: a number, a word from its list, true or false, or a list, as in the sample.";
        return $"This is not valid JSON{where}: check for a missing comma, quote or bracket there.";
    }
}
