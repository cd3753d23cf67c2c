using System.Collections;
using System.Reflection;
using System.Text.Json;
using CsCheck;
using FdiReview.Domain.Screening;
using FdiReview.Web.Tests.Intake;

namespace FdiReview.Web.Tests.Hostile;

/// <summary>
/// Bodies shaped like an endpoint's own command, read from its type: every field present with a plausible value,
/// and any of them at the edge of its range or hostile. Random field names rarely get past the first refusal;
/// these reach each command's own checks, and every date and integer field of every command, new ones included,
/// is tried at its boundaries (issue 14, finding 9).
/// </summary>
public static class CommandShapes
{
    /// <summary>Set by the route, the version header or the acting user: never part of a body.</summary>
    private static readonly HashSet<string> NotInBody = ["NotificationId", "AgreementId", "ExpectedVersion", "ViolationId", "ObligationId", "RequestId", "ConsultationId"];

    private static readonly Dictionary<string, string[]> Plausible = new(StringComparer.OrdinalIgnoreCase)
    {
        ["severity"] = ["material", "observation", "minor"],
        ["conditionKey"] = ["reports"],
        ["key"] = ["reports", "source-code"],
        ["officerId"] = ["officer-2", "supervisor-1"],
        ["userId"] = ["investor-a2", "counsel-a"],
        ["user"] = ["officer-1", "investor-a"],
        ["agency"] = ["Ministry of Defense"],
        ["basis"] = ["31 CFR 800.901(b)"],
    };

    public static readonly string[] Dates =
        ["0001-01-01", "1999-12-31", "2000-01-01", "2199-12-31", "2200-01-01", "9999-12-31", "2026-02-29", "2028-02-29", "2026-13-01", ""];

    public static readonly string[] Instants =
        ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "2026-03-02T25:00:00Z", "2026-03-02"];

    public static readonly string[] Numbers =
    [
        "0", "1", "-1", "12", "13", "3650", "3651", "85899347", "2147483647", "2147483648", "-2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "79228162514264337593543950335", "79228162514264337593543950336",
        "0.0000000000000000000000000001", "1.5", "1e28", "1e29", "-0",
    ];

    private static readonly Gen<string> HostileString = Gen.OneOf(
        "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "null", "42", "[]", "{}", "\"<script>alert(1)</script>\"",
        JsonSerializer.Serialize(new string('x', 20_000)), JsonSerializer.Serialize(string.Concat(Enumerable.Repeat("\u4E2D", 3_000))));

    private static readonly string ValidFacts = JsonSerializer.SerializeToElement(Filings.Valid(), JsonSerializerOptions.Web).GetProperty("facts").GetRawText();

    public static Gen<string> For(Type type) => Object(type, 0);

    private static Gen<string> Object(Type type, int depth)
    {
        var fields = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()?.GetParameters()
            .Where(p => !NotInBody.Contains(p.Name!)).Select(p => (Name: JsonNamingPolicy.CamelCase.ConvertName(p.Name!), Gen: Value(p.ParameterType, p.Name!, depth)))
            .ToArray() ?? [];
        return fields.Aggregate(Gen.Const(new List<string>()), (body, field) =>
                body.SelectMany(list => Gen.OneOf(field.Gen.Select(v => $"\"{field.Name}\":{v}"), field.Gen.Select(v => $"\"{field.Name}\":{v}"),
                        field.Gen.Select(v => $"\"{field.Name}\":{v}"), Gen.Const(""))
                    .Select(entry => entry.Length == 0 ? list : [.. list, entry])))
            .Select(list => "{" + string.Join(",", list) + "}");
    }

    private static Gen<string> Value(Type type, string name, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        Gen<string> Mostly(Gen<string> valid, Gen<string> edge) => Gen.OneOf(valid, valid, edge);
        if (type == typeof(string))
            return Mostly(Plausible.TryGetValue(name, out var known) ? Gen.OneOf(known).Select(k => JsonSerializer.Serialize(k)) : Gen.Const("\"A reason for the record.\""), HostileString);
        if (type == typeof(bool)) return Gen.OneOf("true", "false", "\"true\"", "1", "null");
        if (type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double))
            return Mostly(Gen.OneOf("1", "3", "5000000"), Gen.OneOf(Numbers.Select(n => n).Concat(["\"3\"", "null", "true"]).ToArray()));
        if (type == typeof(DateOnly)) return Mostly(Gen.Const("\"2026-06-01\""), Gen.OneOf(Dates).Select(d => $"\"{d}\""));
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime)) return Mostly(Gen.Const("\"2026-06-01T10:00:00Z\""), Gen.OneOf(Instants).Select(d => $"\"{d}\""));
        if (type == typeof(Guid)) return Gen.OneOf(Gen.Const("\"{document}\""), Gen.Guid.Select(g => $"\"{g}\""), Gen.Const("\"not-a-guid\""));
        if (type.IsEnum)
            return Mostly(Gen.OneOf(Enum.GetValues(type).Cast<object>().Select(v => JsonSerializer.Serialize(v, type, JsonSerializerOptions.Web)).ToArray()),
                Gen.OneOf("\"nonsense\"", "0", "\"Cleared\"", "null"));
        if (type == typeof(TransactionFacts)) return Mostly(Gen.Const(ValidFacts), Gen.OneOf("{}", "[]", "null", "{\"regime\":\"fefta\"}"));
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault() ?? typeof(string);
            return Value(element, name, depth + 1).Array[0, 3].Select(items => "[" + string.Join(",", items) + "]");
        }
        if (depth < 3 && type.IsClass && type.Namespace?.StartsWith("FdiReview") == true) return Object(type, depth + 1);
        return Gen.OneOf("{}", "null");
    }
}
