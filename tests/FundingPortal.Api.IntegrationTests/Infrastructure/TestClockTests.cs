using Microsoft.Extensions.Time.Testing;

namespace FundingPortal.Api.IntegrationTests.Infrastructure;

/// <summary>A host shared by a collection moves its clock in one test and must start the next at the same instant.</summary>
public sealed class TestClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void It_moves_forward_as_a_fake_time_provider_and_refuses_to_go_back_within_a_test()
    {
        var clock = new TestClock(Start);
        clock.SetUtcNow(Start.AddDays(140));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(Start.AddDays(140).AddMinutes(5), clock.GetUtcNow());
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.SetUtcNow(Start));
    }

    [Fact]
    public void Reset_puts_it_back_to_its_start_and_it_moves_again_from_there()
    {
        var clock = new TestClock(Start);
        clock.SetUtcNow(Start.AddDays(200));
        clock.Reset();
        Assert.Equal(Start, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(Start.AddHours(1), clock.GetUtcNow());
        Assert.Equal(new FakeTimeProvider(Start).LocalTimeZone, clock.LocalTimeZone);
    }
}
