using FdiReview.Domain;
using FdiReview.Web.Components.Portal;
using FdiReview.Web.Intake.Drafting;
using FdiReview.Web.Review;
using Marten;
using Wolverine;

namespace FdiReview.Web.Intake.Filing;

/// <summary>The wizard files its form: the same filing as the API's, and the draft is gone in the same transaction.</summary>
public sealed record FileDraft(Guid DraftId, FilingForm Form);

public static class FileDraftHandler
{
    public static void Before(FileDraft command) => Filing.RequireValid(new FileNotification(command.Form.ToFacts()));

    public static async Task<Guid> Handle(FileDraft command, Actor investor, IDocumentSession session, IMessageContext bus, CaseRules rules)
    {
        var id = await Filing.Start(session, bus, new FileNotification(command.Form.ToFacts()), investor, rules);
        if (await session.LoadAsync<FilingDraft>(command.DraftId) is { } draft && draft.BelongsTo(investor)) session.Delete(draft);
        return id;
    }
}
