using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FdiReview.Web.Components.Portal;

/// <summary>
/// A number as a person typed it into a form: kept as text, so nothing typed is silently changed, and read as a
/// number only when it is one. In JSON it is written as text and read from text or a number (drafts saved before
/// the form kept text hold numbers).
/// </summary>
public sealed partial class TypedNumber : JsonConverter<string>
{
    private const NumberStyles Decimals = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite
        | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign;

    /// <summary>
    /// The number typed, or null for nothing typed or text that is not a number. Commas are read only as thousands
    /// separators in groups of three ("25,000,000"): "1,5" is no number here rather than fifteen, which would rewrite
    /// a European decimal comma into another figure.
    /// </summary>
    public static decimal? Decimal(string? text)
    {
        var bare = Bare(text);
        if (bare.Contains(',') && !GroupedThousands().IsMatch(bare)) return null;
        return decimal.TryParse(bare, Decimals, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial System.Text.RegularExpressions.Regex GroupedThousands();

    public static int? Whole(string? text) =>
        int.TryParse(Bare(text), NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Why the text is not a number of the field's kind; null when it is one, or when nothing is typed.</summary>
    public static string? Problem(string? text, bool whole)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (whole) return Whole(text) is null ? Domain.Glossary.Word("invalid.whole-number") : null;
        return Decimal(text) is null ? Domain.Glossary.Word("invalid.number") : null;
    }

    /// <summary>A percent sign after a percentage is what people type; it is not part of the number.</summary>
    private static string Bare(string? text) => (text ?? "").Trim().TrimEnd('%').Trim();

    public override bool HandleNull => true;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.String => reader.GetString() ?? "",
        JsonTokenType.Null => "",
        _ => throw new JsonException("A number or the text typed for it."),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
