using System.Security.Claims;
using FdiReview.Domain;
using FdiReview.Web.Components.Portal;
using FdiReview.Web.Identity;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Intake.Drafting;

/// <summary>
/// A filing in progress: the wizard saves it at every step, so the investor can stop and resume. Drafts are
/// the author's alone until filed (they hold nothing the agency has seen), so they are documents, not streams.
/// </summary>
public sealed class FilingDraft
{
    public Guid Id { get; set; }
    public string Owner { get; set; } = "";
    public string Organization { get; set; } = "";
    public FilingForm Form { get; set; } = new();
    public int Step { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string Title => string.IsNullOrWhiteSpace(Form.TargetName) ? "Untitled draft" : $"{Form.InvestorName} → {Form.TargetName}";

    public bool BelongsTo(Actor actor) => actor.Role == Roles.Investor && Owner == actor.UserId;
}

/// <summary>The author's drafts over the API; another user's draft is answered like a missing one.</summary>
public static class FilingDraftEndpoints
{
    [WolverineGet("/api/drafts"), Authorize(Policy = Policies.Investors)]
    public static async Task<IReadOnlyList<FilingDraft>> List(ClaimsPrincipal user, IQuerySession session)
    {
        var owner = user.RequireActor().UserId;
        return await session.Query<FilingDraft>().Where(d => d.Owner == owner).OrderByDescending(d => d.UpdatedAt).ToListAsync();
    }

    [WolverineGet("/api/drafts/{id}"), Authorize(Policy = Policies.Investors)]
    public static async Task<IResult> Get(Guid id, ClaimsPrincipal user, IQuerySession session) =>
        await session.LoadAsync<FilingDraft>(id) is { } draft && draft.BelongsTo(user.RequireActor()) ? Results.Ok(draft) : Results.NotFound();
}
