using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FdiReview.EndToEnd.Tests;

/// <summary>
/// Issue 15, item 2: what people must never read on a page — the C# name of a domain enum member, a GUID, an event
/// type name, a .NET namespace, an internal source code such as "(U)" or "J21".
/// </summary>
public static class CodeWords
{
    private static readonly Assembly Domain = typeof(Domain.Notifications.Notification).Assembly;

    /// <summary>Enum members whose C# name could not pass for an English word (two or more capitals).</summary>
    private static readonly string[] EnumNames = Domain.GetTypes().Where(t => t.IsEnum)
        .SelectMany(Enum.GetNames).Where(n => n.Count(char.IsUpper) >= 2).Distinct().ToArray();

    /// <summary>The same members as the API spells them ("covered-investment"), which are just as much code to a reader.</summary>
    /// <summary>Except spellings that are plain English too ("a state-owned investor").</summary>
    private static readonly string[] KebabNames = EnumNames.Select(JsonNamingPolicy.KebabCaseLower.ConvertName)
        .Except(["state-owned", "non-designated", "third-party"]).Distinct().ToArray();

    private static readonly string[] EventTypes = Domain.GetTypes().Concat(typeof(Program).Assembly.GetTypes())
        .Where(t => t.IsClass && t.IsSealed && t.Namespace?.StartsWith("FdiReview") == true && t.GetProperties().Any(p => p.PropertyType == typeof(DateTimeOffset)))
        .SelectMany(t => new[] { t.Name, JsonNamingPolicy.SnakeCaseLower.ConvertName(t.Name) }).Where(n => n.Length > 8 && (n.Contains('_') || n.Count(char.IsUpper) >= 2))
        .Distinct().ToArray();

    private static readonly Regex Internal = new(
        @"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\bSystem\.|\(U\)|\(J\d+|\bJ\d+\b|\{\s*""\w+""\s*:", RegexOptions.IgnoreCase);

    /// <summary>A JSON key such as "noCoreCommitteeAttendance": a lower-case start and two or more humps.</summary>
    private static readonly Regex CamelCaseKey = new(@"\b[a-z]+(?:[A-Z][a-z0-9]+){2,}\b");

    public static IEnumerable<string> In(string text) =>
        Internal.Matches(text).Select(m => m.Value)
            .Concat(CamelCaseKey.Matches(text).Select(m => m.Value))
            .Concat(EnumNames.Where(n => Regex.IsMatch(text, $@"\b{n}\b")))
            .Concat(KebabNames.Where(n => Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(n)}(?![\w-])")))
            .Concat(EventTypes.Where(n => Regex.IsMatch(text, $@"\b{Regex.Escape(n)}\b")));
}
