namespace FdiReview.Web.Tests;

/// <summary>A clock the tests set: statutory periods are checked at chosen instants, not at whatever today is.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset? _now;

    public void Set(DateTimeOffset now) => _now = now;
    public void Advance(TimeSpan by) => _now = GetUtcNow() + by;
    public void Reset() => _now = null;

    public override DateTimeOffset GetUtcNow() => _now ?? System.GetUtcNow();
}
