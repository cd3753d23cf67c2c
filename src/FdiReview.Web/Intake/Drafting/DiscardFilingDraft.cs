using FdiReview.Domain;
using FdiReview.Web.Identity;
using FdiReview.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Intake.Drafting;

/// <summary>The author throws a draft away.</summary>
public sealed record DiscardFilingDraft(Guid DraftId);

public static class DiscardFilingDraftHandler
{
    public static Task Handle(DiscardFilingDraft command, Actor actor, IDocumentSession session) => Discard(command.DraftId, actor, session);

    [WolverineDelete("/api/drafts/{id}"), Authorize(Policy = Policies.Investors)]
    public static async Task<IResult> Delete(Guid id, [NotBody] Actor actor, IDocumentSession session)
    {
        await Discard(id, actor, session);
        return Results.NoContent();
    }

    internal static async Task Discard(Guid id, Actor actor, IDocumentSession session)
    {
        if (await session.LoadAsync<FilingDraft>(id) is not { } draft || !draft.BelongsTo(actor)) throw new NotFound("No such draft.");
        session.Delete(draft);
    }
}
