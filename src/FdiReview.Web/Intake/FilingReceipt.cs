using System.Security.Cryptography;
using System.Text.Json;

using FdiReview.Web.Intake.Filing;

namespace FdiReview.Web.Intake;

/// <summary>
/// What a filing's <c>Idempotency-Key</c> stood for: a retry with the same key (even hours later) gets the
/// same notification; the same key with another body is refused. Keys are scoped to the user who sent them.
/// </summary>
public sealed class FilingReceipt
{
    public string Id { get; set; } = "";
    public string BodyHash { get; set; } = "";
    public Guid NotificationId { get; set; }
    public DateTimeOffset At { get; set; }

    public const int MaxKeyLength = 200;

    public static string IdOf(string userId, string key) => $"{userId}:{key}";

    public static string Hash(FileNotification command) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(command, JsonSerializerOptions.Web)));
}
