using System.Text.Json;
using System.Text.Json.Serialization;

namespace FdiReview.Domain;

/// <summary>
/// Public formats spell enum values in kebab-case ("foreign-government"). Put on the enum type so the
/// spelling holds wherever the type is serialised: HTTP, the event store, the CLI.
/// </summary>
public sealed class KebabCaseEnum<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
