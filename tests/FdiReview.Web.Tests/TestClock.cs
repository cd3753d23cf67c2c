namespace FdiReview.Web.Tests;

/// <summary>
/// A clock the tests set: statutory periods are checked at chosen instants, not at whatever today is.
/// Time keeps flowing from the instant set (an offset from real time), so background work that waits on
/// the clock — the projection daemon, Wolverine's agents — is never frozen.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan _offset;

    public void Set(DateTimeOffset now) => _offset = now - System.GetUtcNow();
    public void Advance(TimeSpan by) => _offset += by;
    public void Reset() => _offset = TimeSpan.Zero;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;
}
