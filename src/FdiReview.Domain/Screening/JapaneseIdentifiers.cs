using System.Text.RegularExpressions;

namespace FdiReview.Domain.Screening;

/// <summary>
/// The identifiers Japanese parties and targets carry: the corporate number (法人番号) the National Tax Agency assigns,
/// and the securities code (証券コード) of a listed company.
/// </summary>
public static partial class JapaneseIdentifiers
{
    /// <summary>
    /// Thirteen digits, the first of them a check digit over the other twelve: 9 − (Σ Pn × Qn mod 9), where Pn is the
    /// n-th of the twelve counted from the right and Qn is 1 for odd n, 2 for even n (National Tax Agency, 法人番号の
    /// 構成). 7000012050002 is the Agency's own.
    /// </summary>
    public static bool IsCorporateNumber(string? value)
    {
        if (value is null || !CorporateNumberShape().IsMatch(value)) return false;
        var sum = 0;
        for (var n = 1; n <= 12; n++) sum += (value[13 - n] - '0') * (n % 2 == 1 ? 1 : 2);
        return value[0] - '0' == 9 - sum % 9;
    }

    /// <summary>
    /// Four characters: digits, or since 1 January 2024 the alphanumeric form with a letter second or fourth (130A).
    /// B, E, I, O, Q, V and Z are never used, being too like digits.
    /// </summary>
    public static bool IsSecuritiesCode(string? value) => value is not null && SecuritiesCodeShape().IsMatch(value);

    [GeneratedRegex("^[0-9]{13}$")]
    public static partial Regex CorporateNumberShape();

    [GeneratedRegex("^[1-9][0-9ACDFGHJKLMNPRSTUWXY][0-9][0-9ACDFGHJKLMNPRSTUWXY]$")]
    private static partial Regex SecuritiesCodeShape();
}
