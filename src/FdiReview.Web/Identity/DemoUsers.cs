using FdiReview.Domain;

namespace FdiReview.Web.Identity;

/// <summary>
/// The seeded users of the Development sign-in. Their ids are stable: the README lists them, and
/// scripts, load drivers and tests ask <c>POST /api/dev/tokens</c> for a token by id.
/// </summary>
public static class DemoUsers
{
    public static readonly IReadOnlyList<Actor> All =
    [
        new("investor-a", "Li Wei (Harbour Lane Capital)", Roles.Investor, "harbour-lane-capital"),
        new("investor-b", "Anna Keller (Rhein Technologie Beteiligungen)", Roles.Investor, "rhein-technologie"),
        new("investor-a2", "Chen Jia (Harbour Lane Capital)", Roles.Investor, "harbour-lane-capital"),
        new("counsel-a", "Sarah Mori (Mori & Partners, counsel to Harbour Lane)", Roles.Investor, "harbour-lane-capital"),
        new("officer-1", "Kenji Sato", Roles.Officer),
        new("officer-2", "Emily Park", Roles.Officer),
        new("supervisor-1", "Haruka Ito", Roles.Supervisor),
        new("auditor-1", "Daniel Reyes", Roles.Auditor),
    ];

    public static Actor? Find(string? userId) => All.FirstOrDefault(u => u.UserId == userId);
}
