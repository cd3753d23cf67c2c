using System.Security.Claims;
using System.Text.Json.Serialization;
using FdiReview.Domain;
using FdiReview.Domain.Screening;
using FdiReview.Web.Identity;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Queue;

/// <summary>An officer's named set of queue filters, to come back to in one click.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class SavedQueueView
{
    public Guid Id { get; set; }
    public string Owner { get; set; } = "";
    public string Name { get; set; } = "";
    public Regime? Regime { get; set; }
    public PriorityBand? Band { get; set; }
    public bool Mine { get; set; }
    public bool Overdue { get; set; }
    public bool OpenOnly { get; set; } = true;
    public string? Search { get; set; }
}

public static class SavedQueueViewEndpoints
{
    private const string Agency = Roles.Agency; // auditors read saved views but write nothing

    [WolverineGet("/api/queue-views"), Authorize(Roles = Agency)]
    public static async Task<IReadOnlyList<SavedQueueView>> List(ClaimsPrincipal user, IQuerySession session)
    {
        var owner = user.RequireActor().UserId;
        return await session.Query<SavedQueueView>().Where(v => v.Owner == owner).OrderBy(v => v.Name).ToListAsync();
    }

    [WolverinePut("/api/queue-views/{id}"), Authorize(Roles = Roles.Officer + "," + Roles.Supervisor)]
    public static async Task<IResult> Put(Guid id, SavedQueueView view, ClaimsPrincipal user, IDocumentSession session)
    {
        var owner = user.RequireActor().UserId;
        if (string.IsNullOrWhiteSpace(view.Name))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["Required: a name for the view."] });
        if (await session.LoadAsync<SavedQueueView>(id) is { } existing && existing.Owner != owner) return Results.NotFound();
        view.Id = id;
        view.Owner = owner;
        view.Name = view.Name.Trim();
        session.Store(view);
        return Results.Ok(view);
    }

    [WolverineDelete("/api/queue-views/{id}"), Authorize(Roles = Roles.Officer + "," + Roles.Supervisor)]
    public static async Task<IResult> Delete(Guid id, ClaimsPrincipal user, IDocumentSession session)
    {
        if (await session.LoadAsync<SavedQueueView>(id) is not { } view || view.Owner != user.RequireActor().UserId) return Results.NotFound();
        session.Delete(view);
        return Results.NoContent();
    }
}
