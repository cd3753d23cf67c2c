using FdiReview.Domain.Screening.Fefta;
using FdiReview.Domain.Screening.Firrma;

namespace FdiReview.Domain.Screening;

/// <summary>
/// The one entry point of the screening engine: pure, no I/O. Facts in (valid in shape, see
/// <see cref="TransactionFactsValidation"/>), a determination out, every field explained by a finding.
/// </summary>
public static class ScreeningEngine
{
    public static Determination Screen(TransactionFacts facts, ScreeningOptions? options = null)
    {
        var errors = TransactionFactsValidation.Validate(facts);
        if (errors.Count > 0)
            throw new ArgumentException($"The transaction facts are invalid: {string.Join(", ", errors.Keys)}.", nameof(facts));
        options ??= ScreeningOptions.Default;
        return facts.Regime switch
        {
            Regime.Fefta => FeftaRulePack.Screen(facts, options),
            _ => FirrmaRulePack.Screen(facts, options),
        };
    }
}
