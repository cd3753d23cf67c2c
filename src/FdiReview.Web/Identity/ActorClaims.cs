using System.Security.Claims;
using FdiReview.Domain;

namespace FdiReview.Web.Identity;

/// <summary>
/// One claim vocabulary for cookies, bearer tokens and OIDC: <c>sub</c> (the stable user id, also the
/// identity's name, so Marten records it as the event's user), <c>name</c>, <c>role</c>, <c>org</c>.
/// </summary>
public static class ActorClaims
{
    public const string UserId = "sub";
    public const string DisplayName = "name";
    public const string Role = "role";
    public const string Organization = "org";

    public static ClaimsPrincipal ToPrincipal(this Actor actor, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(UserId, actor.UserId),
            new(DisplayName, actor.Name),
            new(Role, actor.Role),
        };
        if (actor.Organization is not null) claims.Add(new(Organization, actor.Organization));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, UserId, Role));
    }

    /// <summary>The acting user as the domain records it; null for an anonymous or role-less principal.</summary>
    public static Actor? ToActor(this ClaimsPrincipal principal)
    {
        var id = principal.FindFirst(UserId)?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        // Exactly one role: a token that claims two (an investor who is also an officer) acts as nobody.
        var roles = Roles.All.Where(principal.IsInRole).Take(2).ToList();
        if (principal.Identity?.IsAuthenticated != true || id is null || roles.Count != 1) return null;
        var role = roles[0];
        var name = principal.FindFirst(DisplayName)?.Value ?? principal.Identity.Name ?? id;
        return new Actor(id, name, role, principal.FindFirst(Organization)?.Value);
    }

    public static Actor RequireActor(this ClaimsPrincipal principal) =>
        principal.ToActor() ?? throw new UnauthorizedAccessException("The signed-in user has no FdiReview role.");
}
