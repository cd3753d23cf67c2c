namespace FdiReview.Domain.Notifications;

/// <summary>What the investment is worth, as the investor states it in the filing: an amount in an ISO 4217 currency.</summary>
public sealed record InvestmentValue(decimal Amount, string Currency)
{
    /// <summary>A thousand trillion in any currency (yen included) is beyond any transaction this system reviews.</summary>
    public const decimal Largest = 1_000_000_000_000_000m;

    /// <summary>What is wrong with it, by field under <paramref name="prefix"/>; empty when nothing is.</summary>
    public static Dictionary<string, string[]> Problems(InvestmentValue value, string prefix)
    {
        var problems = new Dictionary<string, string[]>();
        if (value.Amount is <= 0 or > Largest) problems[$"{prefix}amount"] = [Glossary.Word("invalid.amount", Largest.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))];
        if (!Countries.IsCurrency(value.Currency)) problems[$"{prefix}currency"] = [Glossary.Word("invalid.currency")];
        return problems;
    }

    public override string ToString() => $"{Currency} {Amount:#,##0.##}";
}
