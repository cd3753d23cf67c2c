namespace FdiReview.Domain;

/// <summary>
/// Who did something, as an auditor needs to read it later: the user, the name shown, the role they
/// acted in, and the organisation they acted for (investors only).
/// </summary>
public sealed record Actor(string UserId, string Name, string Role, string? Organization = null);

/// <summary>The roles of FdiReview. Every endpoint and page names which of these may use it.</summary>
public static class Roles
{
    public const string Investor = "Investor";
    public const string Officer = "Officer";
    public const string Supervisor = "Supervisor";
    public const string Auditor = "Auditor";

    public static readonly IReadOnlyList<string> All = [Investor, Officer, Supervisor, Auditor];
}
