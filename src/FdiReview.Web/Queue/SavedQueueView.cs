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
    // Auditors read saved views but write nothing.
    [WolverineGet("/api/queue-views"), Authorize(Policy = Policies.AgencyReaders)]
    public static async Task<IReadOnlyList<SavedQueueView>> List(ClaimsPrincipal user, IQuerySession session)
    {
        var owner = user.RequireActor().UserId;
        return await session.Query<SavedQueueView>().Where(v => v.Owner == owner).OrderBy(v => v.Name).ToListAsync();
    }
}
