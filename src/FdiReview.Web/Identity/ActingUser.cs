using System.Security.Claims;
using System.Text.Json;
using FdiReview.Domain;
using Marten;
using Wolverine;

namespace FdiReview.Web.Identity;

/// <summary>
/// The one place a command learns who acts: from the signed-in principal on the API, from the envelope on a
/// command the console sends (<see cref="SendAs"/>). Marten records the same user on every event appended.
/// Applied by policy to every chain whose handler takes an <see cref="Actor"/>.
/// </summary>
public static class ActingUser
{
    public const string Header = "fdi-actor";

    /// <summary>On the API: the bearer token's or cookie's user.</summary>
    public static class FromPrincipal
    {
        public static Actor Before(ClaimsPrincipal user, IDocumentSession session) => Recorded(user.RequireActor(), session);
    }

    /// <summary>On a command the console sent: the user it named when it sent it (only code in this process can).</summary>
    public static class FromEnvelope
    {
        public static Actor Before(Envelope envelope, IDocumentSession session) =>
            Recorded(envelope.Headers.TryGetValue(Header, out var json) && json is { Length: > 0 }
                ? JsonSerializer.Deserialize<Actor>(json) ?? throw new UnauthorizedAccessException("The command names no user.")
                : throw new UnauthorizedAccessException("The command names no user."), session);
    }

    private static Actor Recorded(Actor actor, IDocumentSession session)
    {
        session.LastModifiedBy = actor.UserId;
        return actor;
    }

    /// <summary>Sends a command as this user and waits for its outcome (refusals arrive as exceptions).</summary>
    public static Task<T> SendAs<T>(this IMessageBus bus, object command, Actor actor, CancellationToken cancellation = default) =>
        bus.InvokeAsync<T>(command, Options(actor), cancellation);

    public static Task SendAs(this IMessageBus bus, object command, Actor actor, CancellationToken cancellation = default) =>
        bus.InvokeAsync(command, Options(actor), cancellation);

    private static DeliveryOptions Options(Actor actor) => new() { Headers = { [Header] = JsonSerializer.Serialize(actor) } };
}
