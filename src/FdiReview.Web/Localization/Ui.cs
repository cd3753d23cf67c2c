using System.Globalization;
using System.Resources;

namespace FdiReview.Web.Localization;

/// <summary>
/// The words of the console and the portal (<c>Ui.resx</c>, <c>Ui.ja.resx</c>), read through
/// <c>IStringLocalizer&lt;Ui&gt;</c> in components. The legal vocabulary is in the glossary
/// (<c>FdiReview.Domain/Words/glossary.tsv</c>).
/// </summary>
public sealed class Ui
{
    private static readonly ResourceManager Resources = new(typeof(Ui).FullName!, typeof(Ui).Assembly);

    /// <summary>The same words for code that is not a component (form labels and messages), in the current UI culture.</summary>
    public static string Word(string key, params object[] values)
    {
        var text = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException($"No UI word '{key}'.");
        return values.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, values);
    }
}
