using FdiReview.Domain;
using FdiReview.Web.Components.Portal;
using FdiReview.Web.Identity;
using FdiReview.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace FdiReview.Web.Intake.Drafting;

/// <summary>The wizard saves the filing in progress at every step (the API's PUT sends the form alone).</summary>
public sealed record SaveFilingDraft(Guid DraftId, FilingForm Form, int Step);

public static class SaveFilingDraftHandler
{
    public static Task<FilingDraft> Handle(SaveFilingDraft command, Actor actor, IDocumentSession session, TimeProvider time) =>
        Save(command.DraftId, command.Form, command.Step, actor, session, time);

    [WolverinePut("/api/drafts/{id}"), Authorize(Policy = Policies.Investors)]
    public static async Task<FilingDraft> Put(Guid id, FilingForm form, Actor actor, IDocumentSession session, TimeProvider time) =>
        await Save(id, form, (await session.LoadAsync<FilingDraft>(id))?.Step ?? 0, actor, session, time);

    private static async Task<FilingDraft> Save(Guid id, FilingForm form, int step, Actor actor, IDocumentSession session, TimeProvider time)
    {
        var existing = await session.LoadAsync<FilingDraft>(id);
        if (existing is not null && !existing.BelongsTo(actor)) throw new NotFound("No such draft.");
        var draft = existing ?? new FilingDraft { Id = id, Owner = actor.UserId, Organization = actor.Organization ?? "" };
        (draft.Form, draft.Step, draft.UpdatedAt) = (form, step, time.GetUtcNow());
        session.Store(draft);
        return draft;
    }
}
