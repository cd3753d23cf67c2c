using FdiReview.Domain;
using FdiReview.Web.Infrastructure;

namespace FdiReview.Web.Components.Shared;

/// <summary>
/// What the console and the portal show when a command they sent is refused: the sentence the domain or the
/// command pipeline gave, so the page says what the API would, in the same words.
/// </summary>
public static class Refusal
{
    /// <summary>Runs the send; null when done, otherwise why not.</summary>
    public static async Task<string?> Of(Func<Task> send)
    {
        try
        {
            await send();
            return null;
        }
        catch (Exception refused) when (Explain(refused) is { } reason)
        {
            return reason;
        }
    }

    public static string? Explain(Exception exception) => exception switch
    {
        DomainRefusal or InvalidInput or VersionRefusal or NotFound or Wolverine.Persistence.RequiredDataMissingException => exception.Message,
        JasperFx.ConcurrencyException => "Someone else changed this at the same moment. Reload the page and decide again.",
        _ => null,
    };
}
