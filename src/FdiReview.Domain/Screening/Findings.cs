namespace FdiReview.Domain.Screening;

/// <summary>Collects the findings of one screening in the order the rules were evaluated.</summary>
public sealed class Findings
{
    private readonly List<Finding> _all = [];

    public IReadOnlyList<Finding> All => _all;

    /// <summary>Records a rule's outcome and returns it, so a rule reads as one expression.</summary>
    public bool Add(string rule, string citation, bool holds, string explanation, string? version = null)
    {
        _all.Add(new Finding(rule, citation, holds, explanation, version));
        return holds;
    }
}
