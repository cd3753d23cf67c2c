using System.Security.Cryptography;
using FdiReview.Web.Documents;
using Microsoft.AspNetCore.Components.Forms;

namespace FdiReview.Web.Components.Shared;

/// <summary>A file a person chose in the browser, read whole and checked, waiting for them to press Upload.</summary>
public sealed record ChosenFile(string Name, byte[] Content, string Sha256)
{
    /// <summary>The file, or why it is refused (type, size, empty) in the words the upload itself uses.</summary>
    public static async Task<(ChosenFile? File, string? Refusal)> Read(IBrowserFile file, DocumentRules rules)
    {
        if (rules.Check(file.Name, file.Size) is { } refusal) return (null, refusal.Detail);
        await using var stream = file.OpenReadStream(rules.MaxBytes);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        var content = buffer.ToArray();
        return (new ChosenFile(file.Name, content, Convert.ToHexString(SHA256.HashData(content))), null);
    }
}
