using System.Reflection;
using System.Text.Json;
using FdiReview.Domain;
using FdiReview.Web.Audit;
using FdiReview.Web.Review;

namespace FdiReview.Web.Tests.Audit;

/// <summary>Issue 18: the audit diff names every field of a case in both languages, from the glossary, never from a JSON key.</summary>
public class FieldWordsTests
{
    /// <summary>Every JSON property name a case view can carry, its parts' and lists' items' included.</summary>
    private static IEnumerable<string> Keys(Type type, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid) || type.Namespace?.StartsWith("System") == true && !type.IsGenericType
            || !seen.Add(type))
            yield break;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            foreach (var key in Keys(argument, seen)) yield return key;
            yield break;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is { Condition: System.Text.Json.Serialization.JsonIgnoreCondition.Always }) continue;
            if (property.PropertyType == typeof(Phrase) || property.GetIndexParameters().Length > 0) continue;
            yield return JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            foreach (var key in Keys(property.PropertyType, seen)) yield return key;
        }
    }

    [Fact]
    public void Every_field_of_a_case_has_a_name_in_Japanese_and_English()
    {
        var missing = Keys(typeof(CaseView), []).Distinct().Where(key => !Glossary.Terms.ContainsKey($"field.{key}")).Order().ToList();
        missing.ShouldBeEmpty(string.Join("\n", missing));
    }

    [Fact]
    public void A_path_reads_in_Japanese()
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new("ja");
        try { FieldWords.Of("facts.transaction.votingPercentAfter").ShouldBe("事実 › 取引 › 取引後の議決権割合"); }
        finally { System.Globalization.CultureInfo.CurrentUICulture = culture; }
    }
}
