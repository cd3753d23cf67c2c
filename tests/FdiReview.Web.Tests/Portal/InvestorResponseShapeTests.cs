using System.Reflection;
using FdiReview.Web.Review;

namespace FdiReview.Web.Tests.Portal;

/// <summary>The types the API sends investors have no place for officer-only information.</summary>
public class InvestorResponseShapeTests
{
    private static readonly string[] OfficerOnlyProperties = ["Consultations", "AssignedTo", "Proposal", "Priority", "PossibleDecisions", "Notes", "RiskScore"];
    private static readonly Type[] OfficerOnlyTypes = [typeof(FdiReview.Domain.Notifications.Consultation), typeof(FdiReview.Domain.Notifications.Assignee),
        typeof(FdiReview.Domain.Notifications.ProposedDecision), typeof(FdiReview.Domain.Screening.Priority), typeof(FdiReview.Domain.Screening.Determination)];

    /// <summary>Every (property, type) reachable from a type.</summary>
    private static IEnumerable<(PropertyInfo Property, Type Type)> Members(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type) || type.Namespace?.StartsWith("System") == true) yield break;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var inner = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments() : [property.PropertyType];
            foreach (var t in inner.Select(t => Nullable.GetUnderlyingType(t) ?? t))
            {
                yield return (property, t);
                foreach (var member in Members(t, seen)) yield return member;
            }
        }
    }

    [Fact]
    public void The_investor_case_view_carries_no_officer_only_field_at_any_depth()
    {
        var members = Members(typeof(InvestorCaseView), []).ToList();
        members.Count.ShouldBeGreaterThan(20);
        members.Where(m => OfficerOnlyProperties.Contains(m.Property.Name) || OfficerOnlyTypes.Contains(m.Type))
            .Select(m => $"{m.Property.DeclaringType!.Name}.{m.Property.Name}").ShouldBeEmpty();
    }
}
