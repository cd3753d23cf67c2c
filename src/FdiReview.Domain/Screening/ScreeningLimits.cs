namespace FdiReview.Domain.Screening;

/// <summary>
/// How large a transaction the engine screens in one request (README, "Hostile input and health"). Real filings
/// are far smaller; anything larger is refused with a 400 naming the field, before any rule runs.
/// </summary>
public static class ScreeningLimits
{
    public const int MaxParties = 1_000;
    public const int MaxOwnershipEdges = 5_000;
    public const int MaxChainDepth = 200;
    /// <summary>A Japanese trade name (商号); registered names are far shorter.</summary>
    public const int MaxJapaneseNameLength = 200;
}
