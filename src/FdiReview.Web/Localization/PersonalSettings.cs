namespace FdiReview.Web.Localization;

/// <summary>What one person chose for themselves (not part of any case's record): the language they work in.</summary>
public sealed class PersonalSettings
{
    /// <summary>The user id.</summary>
    public string Id { get; set; } = "";
    public string Language { get; set; } = Languages.English;
    /// <summary>Japanese dates in the era (令和8年12月2日) rather than the Western year.</summary>
    public bool Era { get; set; }
}
