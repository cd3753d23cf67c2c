using System.Globalization;

namespace FdiReview.Web.Components.Shared;

/// <summary>A file's size as people read it: bytes below a kilobyte, then KB and MB (1 KB = 1,024 bytes).</summary>
public static class FileSize
{
    public static string Of(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}
