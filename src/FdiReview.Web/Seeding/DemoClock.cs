namespace FdiReview.Web.Seeding;

/// <summary>
/// The app's clock when the demo is seeded: while the seed runs it is set to the moment each demo step happened, so a
/// seeded case's events, their stored timestamps and the dates the case shows all agree; otherwise it is the system's.
/// </summary>
public sealed class DemoClock : TimeProvider
{
    private long _at;

    public override DateTimeOffset GetUtcNow() =>
        Interlocked.Read(ref _at) is var ticks and not 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : System.GetUtcNow();

    /// <summary>Stops the clock at this moment; null lets it run with the system's again.</summary>
    public void Set(DateTimeOffset? at) => Interlocked.Exchange(ref _at, at?.UtcTicks ?? 0);
}
