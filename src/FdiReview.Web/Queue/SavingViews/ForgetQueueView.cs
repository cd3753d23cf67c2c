using FdiReview.Domain;
using FdiReview.Web.Identity;
using FdiReview.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Queue.SavingViews;

/// <summary>An officer deletes one of their saved views.</summary>
public sealed record ForgetQueueView(Guid Id);

public static class ForgetQueueViewHandler
{
    public static Task Handle(ForgetQueueView command, Actor actor, IDocumentSession session) => Forget(command.Id, actor, session);

    [WolverineDelete("/api/queue-views/{id}"), Authorize(Policy = Policies.AgencyStaff)]
    public static async Task<IResult> Delete(Guid id, [NotBody] Actor actor, IDocumentSession session)
    {
        await Forget(id, actor, session);
        return Results.NoContent();
    }

    private static async Task Forget(Guid id, Actor actor, IDocumentSession session)
    {
        if (await session.LoadAsync<SavedQueueView>(id) is not { } view || view.Owner != actor.UserId) throw new NotFound("No such view.");
        session.Delete(view);
    }
}
