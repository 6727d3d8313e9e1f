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

    [Theory]
    [InlineData("2027-06-01T09:00:00+05:00")]
    [InlineData("2027-06-01T09:00:00-0300")]
    [InlineData("2027-06-01T09:00:00Z")]
    [InlineData("2027-06-01T09:00:00.000z")]
    public void A_local_time_with_an_offset_or_Z_is_refused_not_converted(string text) =>
        Assert.Equal("invalid_local_time", LocalInstant.Parse(text, "Europe/Paris").Error!.Code);

    [Theory]
    [InlineData("")]
    [InlineData("demain 18 h")]
    [InlineData("2027-13-01T09:00:00")]
    [InlineData("2027-06-01")]
    public void An_unreadable_local_time_is_refused(string text) =>
        Assert.Equal("invalid_local_time", LocalInstant.Parse(text, "Europe/Paris").Error!.Code);

    [Theory]
    [InlineData("0001-01-01T00:00:00", "Pacific/Kiritimati")]
    [InlineData("9999-12-31T23:59:59", "Europe/Paris")]
    [InlineData("1999-12-31T23:59:59", "Europe/Paris")]
    [InlineData("2000-01-01T00:30:00", "Pacific/Kiritimati")] // 1999-12-31 in UTC
    [InlineData("2100-12-31T23:00:00", "Pacific/Pago_Pago")] // 2101 in UTC
    public void Times_outside_2000_to_2100_are_out_of_range_even_at_the_ends_of_the_zones(string text, string zone) =>
        Assert.Equal("time_out_of_range", LocalInstant.Parse(text, zone).Error!.Code);

    [Fact]
    public void Times_at_the_edges_of_the_range_and_the_form_s_minutes_only_format_are_read()
    {
        Assert.Equal(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), LocalInstant.Parse("2000-01-01T00:00:00", "Etc/UTC").Value.Utc);
        Assert.Equal(new DateTimeOffset(2100, 12, 31, 23, 59, 0, TimeSpan.Zero), LocalInstant.Parse("2100-12-31T23:59", "Etc/UTC").Value.Utc);
        Assert.Equal(new DateTimeOffset(2027, 10, 19, 16, 0, 0, TimeSpan.Zero), LocalInstant.Parse("2027-10-19T18:00", "Europe/Paris").Value.Utc);
    }

    [Fact]
    public void The_spring_gap_is_nonexistent_not_an_unknown_zone()
    {
        Assert.Equal("nonexistent_local_time", LocalInstant.Parse("2027-03-28T02:30:00", "Europe/Paris").Error!.Code);
        Assert.Equal("nonexistent_local_time", LocalInstant.Parse("2027-03-14T02:15:00", "America/New_York").Error!.Code);
    }

    [Fact]
    public void An_ambiguous_autumn_deadline_is_the_earlier_instant_so_it_is_never_an_hour_late()
    {
        // 31 October 2027, 02:30 happens twice in Paris: at 00:30 UTC (summer time) and at 01:30 UTC (winter time).
        var instant = LocalInstant.Parse("2027-10-31T02:30:00", "Europe/Paris").Value;
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), instant.Utc);
        Assert.False(instant.IsReachedAt(new DateTimeOffset(2027, 10, 31, 0, 29, 59, TimeSpan.Zero)));
        Assert.True(instant.IsReachedAt(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero)));
    }
}
