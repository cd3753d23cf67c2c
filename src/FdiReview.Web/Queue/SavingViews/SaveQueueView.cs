using FdiReview.Domain;
using FdiReview.Domain.Screening;
using FdiReview.Web.Identity;
using FdiReview.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;
using Disallow = System.Text.Json.Serialization.JsonUnmappedMemberHandlingAttribute;

namespace FdiReview.Web.Queue.SavingViews;

/// <summary>An officer names the queue's current filters to come back to them in one click (<c>id</c> and <c>owner</c> in a body are ignored).</summary>
[Disallow(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record SaveQueueView(Guid Id, string? Name, Regime? Regime = null, PriorityBand? Band = null, bool Mine = false, bool Overdue = false,
    bool OpenOnly = true, string? Search = null, string? Owner = null);

public static class SaveQueueViewHandler
{
    public static void Before(SaveQueueView command) =>
        InvalidInput.Require(!string.IsNullOrWhiteSpace(command.Name), "name", "Required: a name for the view.");

    [WolverinePut("/api/queue-views/{id}"), Authorize(Policy = Policies.AgencyStaff)]
    public static async Task<SavedQueueView> Handle(SaveQueueView command, [RouteOrMember] Guid id, Actor actor, IDocumentSession session)
    {
        if (await session.LoadAsync<SavedQueueView>(id) is { } existing && existing.Owner != actor.UserId) throw new NotFound("No such view.");
        var view = new SavedQueueView
        {
            Id = id, Owner = actor.UserId, Name = command.Name!.Trim(), Regime = command.Regime, Band = command.Band,
            Mine = command.Mine, Overdue = command.Overdue, OpenOnly = command.OpenOnly, Search = command.Search,
        };
        session.Store(view);
        return view;
    }
}
