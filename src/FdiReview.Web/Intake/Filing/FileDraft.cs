using FdiReview.Domain;
using FdiReview.Web.Components.Portal;
using FdiReview.Web.Intake.Drafting;
using FdiReview.Web.Infrastructure;
using FdiReview.Web.Review;
using Marten;
using Wolverine;

namespace FdiReview.Web.Intake.Filing;

/// <summary>The wizard files its form: the same filing as the API's, and the draft is gone in the same transaction.</summary>
public sealed record FileDraft(Guid DraftId, FilingForm Form);

public static class FileDraftHandler
{
    /// <summary>Text typed where a number belongs, or a missing value, refuses the form as the wizard shows it; then the API's rules.</summary>
    public static void Before(FileDraft command)
    {
        if (command.Form.Problems() is { Count: > 0 } problems)
            throw new InvalidInput(problems.ToDictionary(p => p.Key, p => p.Value.ToArray()));
        Filing.RequireValid(AsFiling(command));
    }

    public static async Task<Guid> Handle(FileDraft command, Actor investor, IDocumentSession session, IMessageContext bus, CaseRules rules)
    {
        var id = await Filing.Start(session, bus, AsFiling(command), investor, rules);
        if (await session.LoadAsync<FilingDraft>(command.DraftId) is { } draft && draft.BelongsTo(investor)) session.Delete(draft);
        return id;
    }

    private static FileNotification AsFiling(FileDraft command) => new(command.Form.ToFacts(), Value: command.Form.ToValue());
}
