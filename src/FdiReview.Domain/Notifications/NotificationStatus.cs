using System.Text.Json.Serialization;

namespace FdiReview.Domain.Notifications;

/// <summary>Where a notification stands in its review. Later stages are added as the lifecycle grows.</summary>
[JsonConverter(typeof(KebabCaseEnum<NotificationStatus>))]
public enum NotificationStatus
{
    Filed,
}

public static class NotificationStatusText
{
    /// <summary>What an investor or officer reads for a status.</summary>
    public static string Describe(this NotificationStatus status) => status switch
    {
        NotificationStatus.Filed => "Filed, awaiting acceptance",
        _ => status.ToString(),
    };
}
