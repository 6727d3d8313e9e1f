using Microsoft.Extensions.Time.Testing;

namespace FundingPortal.TestSupport.Clock;

/// <summary>
/// The clock a test moves, as <see cref="FakeTimeProvider"/> (same <c>SetUtcNow</c> and <c>Advance</c>), which a host
/// shared by many tests can also put back to <see cref="Start"/> before each one: a FakeTimeProvider never goes back.
/// Every call goes to the current FakeTimeProvider; <see cref="Reset"/> starts a new one.
/// </summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private FakeTimeProvider _current = new(start);

    public DateTimeOffset Start { get; } = start;

    private FakeTimeProvider Current => Volatile.Read(ref _current);

    public void Reset() => Volatile.Write(ref _current, new FakeTimeProvider(Start));

    public void SetUtcNow(DateTimeOffset value) => Current.SetUtcNow(value);

    public void Advance(TimeSpan delta) => Current.Advance(delta);

    public override DateTimeOffset GetUtcNow() => Current.GetUtcNow();

    public override long GetTimestamp() => Current.GetTimestamp();

    public override long TimestampFrequency => Current.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Current.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Current.CreateTimer(callback, state, dueTime, period);
}
