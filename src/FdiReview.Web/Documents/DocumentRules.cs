namespace FdiReview.Web.Documents;

/// <summary>What may be attached (section <c>Documents</c>): PDF, Office files, images and CSV, up to a size.</summary>
public sealed record DocumentRules
{
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    public IReadOnlyDictionary<string, string> AllowedTypes { get; init; } = new Dictionary<string, string>
    {
        [".pdf"] = "application/pdf",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".ppt"] = "application/vnd.ms-powerpoint",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".csv"] = "text/csv",
    };

    /// <summary>The content type stored for a file name, or null when the type is not accepted.</summary>
    public string? ContentTypeOf(string fileName) =>
        AllowedTypes.TryGetValue(Path.GetExtension(fileName).ToLowerInvariant(), out var type) ? type : null;

    /// <summary>Why a file of this name and length cannot be attached; null when it can.</summary>
    public DocumentRefusal? Check(string fileName, long length) =>
        length <= 0 ? new DocumentRefusal(400, "The document is empty", $"{fileName} has no content.")
        : length > MaxBytes ? new DocumentRefusal(413, "The document is too large",
            $"{fileName} has {length:N0} bytes; at most {MaxBytes:N0} are accepted.")
        : ContentTypeOf(fileName) is null ? new DocumentRefusal(415, "This type of document is not accepted",
            $"{fileName}: attach PDF, Office documents, images (PNG, JPEG, GIF) or CSV.")
        : null;

    public static DocumentRules Read(IConfiguration configuration) =>
        configuration.GetSection("Documents").Get<DocumentRules>() ?? new DocumentRules();
}

/// <summary>An attachment's bytes, kept in PostgreSQL beside the event that records its hash.</summary>
public sealed class StoredDocument
{
    public Guid Id { get; set; }
    public Guid NotificationId { get; set; }
    public byte[] Content { get; set; } = [];
}
