namespace FdiReview.Domain.Screening;

/// <summary>Collects the findings of one screening in the order the rules were evaluated.</summary>
public sealed class Findings
{
    private readonly List<Finding> _all = [];

    public IReadOnlyList<Finding> All => _all;

    /// <summary>Records a rule's outcome and returns it, so a rule reads as one expression. The explanation is kept as its
    /// template and facts (to be read in either language) and, for the contract, in English.</summary>
    public bool Add(string rule, string citation, bool holds, Phrase explanation, Phrase? version = null)
    {
        _all.Add(new Finding(rule, citation, holds, explanation.In(japanese: false), version?.In(japanese: false))
        {
            Words = explanation,
            VersionWords = version,
        });
        return holds;
    }
}
