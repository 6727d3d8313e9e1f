using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.UnitTests.Common;

public sealed class LocalInstantTests
{
    [Fact]
    public void Nineteen_October_18h_Paris_is_16h_UTC_in_summer_time()
    {
        var instant = LocalInstant.Create(new DateTime(2026, 10, 19, 18, 0, 0), "Europe/Paris").Value;
        Assert.Equal(new DateTimeOffset(2026, 10, 19, 16, 0, 0, TimeSpan.Zero), instant.Utc);
    }

    [Fact]
    public void Nineteen_December_18h_Paris_is_17h_UTC_in_winter_time()
    {
        var instant = LocalInstant.Create(new DateTime(2026, 12, 19, 18, 0, 0), "Europe/Paris").Value;
        Assert.Equal(new DateTimeOffset(2026, 12, 19, 17, 0, 0, TimeSpan.Zero), instant.Utc);
    }

    [Fact]
    public void Default_zone_is_Paris_and_other_IANA_zones_work()
    {
        Assert.Equal("Europe/Paris", LocalInstant.Create(new DateTime(2027, 1, 1, 12, 0, 0), null).Value.TimeZone);
        var reunion = LocalInstant.Create(new DateTime(2026, 10, 19, 18, 0, 0), "Indian/Reunion").Value;
        Assert.Equal(new DateTimeOffset(2026, 10, 19, 14, 0, 0, TimeSpan.Zero), reunion.Utc);
    }

    [Fact]
    public void Unknown_zone_and_a_time_inside_the_spring_gap_are_refused()
    {
        Assert.Equal("unknown_time_zone", LocalInstant.Create(new DateTime(2026, 10, 19, 18, 0, 0), "Paris").Error!.Code);
        Assert.Equal("nonexistent_local_time", LocalInstant.Create(new DateTime(2026, 3, 29, 2, 30, 0), "Europe/Paris").Error!.Code);
    }

    [Fact]
    public void An_ambiguous_autumn_time_resolves_to_the_first_occurrence()
    {
        var instant = LocalInstant.Create(new DateTime(2026, 10, 25, 2, 30, 0), "Europe/Paris").Value;
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), instant.Utc);
    }
}
