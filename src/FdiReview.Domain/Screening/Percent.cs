using System.Globalization;

namespace FdiReview.Domain.Screening;

public static class Percent
{
    /// <summary>"12.5%" — percentages as explanations show them.</summary>
    public static string Show(decimal value) =>
        decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static decimal Cap(decimal value) => Math.Min(100m, Math.Max(0m, value));
}
