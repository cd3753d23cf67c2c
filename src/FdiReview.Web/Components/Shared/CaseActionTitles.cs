using FdiReview.Domain.Notifications;

namespace FdiReview.Web.Components.Shared;

/// <summary>What each case action is called on its button and its dialog.</summary>
public static class CaseActionTitles
{
    public static string Of(CaseAction action) =>
        Localization.Ui.Word($"Action.{action}");
}
