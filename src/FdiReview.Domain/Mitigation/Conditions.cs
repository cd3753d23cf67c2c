using System.Text.Json.Serialization;

namespace FdiReview.Domain.Mitigation;

/// <summary>The catalogue of mitigation terms (fdi-rules U33, US-23); free text covers the rest.</summary>
[JsonConverter(typeof(KebabCaseEnum<ConditionType>))]
public enum ConditionType
{
    RestrictNonpublicTechnicalInformation, NoBoardSeatOrObserver, ApprovedSecurityOfficer, ProxyOrIndependentDirector,
    DomesticDataStorage, SupplyAssurance, NoticeBeforeOwnershipChange, ThirdPartyAudit, PeriodicComplianceReport, FreeText,
}

/// <summary>One term of an agreement, with the parameters its type needs.</summary>
/// <param name="Key">Stable across versions, so versions compare term by term.</param>
public sealed record Condition(string Key, ConditionType Type, string Text, int? EveryMonths = null, DateOnly? DueBy = null, int? NoticeDays = null)
{
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Key)) yield return "Each condition needs a key.";
        if (string.IsNullOrWhiteSpace(Text)) yield return $"Condition {Key} needs its wording.";
        if (Type == ConditionType.PeriodicComplianceReport && EveryMonths is not (>= 1 and <= 24))
            yield return $"Condition {Key}: a periodic report says how often, every 1 to 24 months.";
        if (Type == ConditionType.ThirdPartyAudit && DueBy is null) yield return $"Condition {Key}: an audit has a date.";
        if (Type == ConditionType.NoticeBeforeOwnershipChange && NoticeDays is not (>= 1))
            yield return $"Condition {Key}: a notice condition says how many days before.";
    }
}

/// <summary>How two versions differ on one term.</summary>
public sealed record TermDifference(string Key, string Change, Condition? Before, Condition? After);

public static class VersionComparison
{
    /// <summary>Term by term: added, removed or changed (by key).</summary>
    public static IReadOnlyList<TermDifference> Compare(IReadOnlyList<Condition> before, IReadOnlyList<Condition> after)
    {
        var differences = new List<TermDifference>();
        foreach (var key in before.Select(c => c.Key).Union(after.Select(c => c.Key)).Order(StringComparer.Ordinal))
        {
            var old = before.FirstOrDefault(c => c.Key == key);
            var @new = after.FirstOrDefault(c => c.Key == key);
            if (old is null) differences.Add(new(key, "added", null, @new));
            else if (@new is null) differences.Add(new(key, "removed", old, null));
            else if (old != @new) differences.Add(new(key, "changed", old, @new));
        }
        return differences;
    }
}
