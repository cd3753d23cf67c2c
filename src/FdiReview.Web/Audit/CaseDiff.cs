using System.Text.Json;
using System.Text.Json.Nodes;

namespace FdiReview.Web.Audit;

/// <summary>
/// One field that differs between two moments of a case: its path, its name and its value at each in words (null where
/// absent).
/// </summary>
public sealed record FieldChange(string Path, string Field, string? Before, string? After);

/// <summary>
/// The difference between two views of a case, field by field. Objects are compared by property and lists by
/// position; a part present at only one moment is one change, summarised, not a line per field inside it. What
/// depends on the reader and the instant (the actions offered) is left out.
/// </summary>
public static class CaseDiff
{
    private const int Longest = 160;
    private static readonly HashSet<string> Ignored = ["allowedActions", "possibleDecisions"];

    public static IReadOnlyList<FieldChange> Between(JsonNode? before, JsonNode? after)
    {
        var changes = new List<FieldChange>();
        Compare(before, after, "", changes);
        return changes;
    }

    private static void Compare(JsonNode? a, JsonNode? b, string path, List<FieldChange> changes)
    {
        if (JsonNode.DeepEquals(a, b)) return;
        switch (a, b)
        {
            case (JsonObject x, JsonObject y):
                foreach (var key in x.Select(p => p.Key).Union(y.Select(p => p.Key)))
                    if (!(path.Length == 0 && Ignored.Contains(key)))
                        Compare(x[key], y[key], path.Length == 0 ? key : $"{path}.{key}", changes);
                break;
            case (JsonArray x, JsonArray y):
                for (var i = 0; i < Math.Max(x.Count, y.Count); i++)
                    Compare(i < x.Count ? x[i] : null, i < y.Count ? y[i] : null, $"{path}[{i}]", changes);
                break;
            default:
                changes.Add(new FieldChange(path, FieldWords.Of(path), Show(path, a), Show(path, b)));
                break;
        }
    }

    private static string? Show(string path, JsonNode? node) =>
        FieldWords.Of(path, node) is { Length: > Longest } words ? words[..(Longest - 1)] + "…" : FieldWords.Of(path, node);
}
