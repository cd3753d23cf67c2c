using System.Reflection;

namespace FdiReview.Domain;

/// <summary>
/// Folds events into a state with the state's own <c>Apply</c> methods, as Marten does when it replays a
/// stream, so the state after a decision is computed the one way the record computes it.
/// </summary>
public static class Fold<T> where T : class
{
    private static readonly Dictionary<Type, MethodInfo> Appliers = typeof(T)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance)
        .Where(m => m.Name == "Apply" && m.ReturnType == typeof(void) && m.GetParameters().Length == 1)
        .ToDictionary(m => m.GetParameters()[0].ParameterType);

    public static T Apply(T state, IEnumerable<object> events)
    {
        foreach (var e in events)
            if (Appliers.TryGetValue(e.GetType(), out var apply)) apply.Invoke(state, [e]);
        return state;
    }
}
