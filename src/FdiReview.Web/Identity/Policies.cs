using FdiReview.Domain;
using Microsoft.AspNetCore.Authorization;

namespace FdiReview.Web.Identity;

/// <summary>Who may call a route, by name: every endpoint and page says one of these instead of spelling out roles.</summary>
public static class Policies
{
    /// <summary>Officers and supervisors: the agency staff who work cases.</summary>
    public const string AgencyStaff = nameof(AgencyStaff);
    /// <summary>Everyone on the agency's side, auditors included: they read every case.</summary>
    public const string AgencyReaders = nameof(AgencyReaders);
    /// <summary>Investors acting on their own filings.</summary>
    public const string Investors = nameof(Investors);
    /// <summary>Both parties to a case or an agreement: the investor and the agency staff.</summary>
    public const string Parties = nameof(Parties);
    /// <summary>Those who read the record of others' actions: auditors and supervisors.</summary>
    public const string Overseers = nameof(Overseers);
    /// <summary>Auditors alone (verification, packages).</summary>
    public const string Auditors = nameof(Auditors);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(AgencyStaff, p => p.RequireRole(Roles.Officer, Roles.Supervisor));
        options.AddPolicy(AgencyReaders, p => p.RequireRole(Roles.Officer, Roles.Supervisor, Roles.Auditor));
        options.AddPolicy(Investors, p => p.RequireRole(Roles.Investor));
        options.AddPolicy(Parties, p => p.RequireRole(Roles.Investor, Roles.Officer, Roles.Supervisor));
        options.AddPolicy(Overseers, p => p.RequireRole(Roles.Auditor, Roles.Supervisor));
        options.AddPolicy(Auditors, p => p.RequireRole(Roles.Auditor));
    }
}
