using Microsoft.AspNetCore.Components;

namespace FdiReview.Web.Components.Portal.Steps;

/// <summary>A part of the filing form: edits the form and shows the errors of its own fields.</summary>
public abstract class FormStep : ComponentBase
{
    [Parameter, EditorRequired] public FilingForm Form { get; set; } = default!;
    /// <summary>Errors by form field (see <see cref="FilingForm.FieldOf"/>).</summary>
    [Parameter] public IReadOnlyDictionary<string, List<string>> Errors { get; set; } = new Dictionary<string, List<string>>();

    protected bool Has(string field) => Errors.ContainsKey(field);
    protected string? Text(string field) => Errors.TryGetValue(field, out var list) ? string.Join(" ", list) : null;

    protected static void Toggle<T>(HashSet<T> set, T value, bool on)
    {
        if (on) set.Add(value);
        else set.Remove(value);
    }
}
