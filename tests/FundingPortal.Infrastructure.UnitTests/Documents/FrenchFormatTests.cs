using FundingPortal.Application.Common.Formatting;

namespace FundingPortal.Documents.Tests;

public sealed class FrenchFormatTests
{
    [Theory]
    [InlineData("1300000", "1\u00A0300\u00A0000,00\u00A0€")]
    [InlineData("1234567.5", "1\u00A0234\u00A0567,50\u00A0€")]
    [InlineData("0", "0,00\u00A0€")]
    [InlineData("999.999", "1\u00A0000,00\u00A0€")]
    public void Money_uses_no_break_spaces_and_a_decimal_comma(string amount, string expected) =>
        Assert.Equal(expected, TextFormat.French.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Money_never_uses_the_narrow_no_break_space() =>
        Assert.DoesNotContain('\u202F', TextFormat.French.Money(123_456_789.12m));

    [Fact]
    public void Date_time_is_shown_in_Paris_summer_time() =>
        Assert.Equal("19\u00A0octobre\u00A02027 à 18\u00A0h\u00A000",
            TextFormat.French.DateAndTimeTwoDigitHour(new DateTimeOffset(2027, 10, 19, 16, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Date_time_is_shown_in_Paris_winter_time() =>
        Assert.Equal("19\u00A0décembre\u00A02027 à 18\u00A0h\u00A000",
            TextFormat.French.DateAndTimeTwoDigitHour(new DateTimeOffset(2027, 12, 19, 17, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void First_day_of_the_month_is_written_1er() =>
        Assert.Equal("1er\u00A0novembre\u00A02027", TextFormat.French.Date(new DateTimeOffset(2027, 11, 1, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Date_uses_the_Paris_calendar_day() =>
        Assert.Equal("1er\u00A0janvier\u00A02028", TextFormat.French.Date(new DateTimeOffset(2027, 12, 31, 23, 30, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("22.5", "22,5\u00A0%")]
    [InlineData("37.596", "37,6\u00A0%")]
    [InlineData("0.05", "0,1\u00A0%")]
    public void Percent_rounds_half_away_from_zero(string value, string expected) =>
        Assert.Equal(expected, TextFormat.French.Percent(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(512, "512\u00A0o")]
    [InlineData(812_442, "793\u00A0Ko")]
    [InlineData(2_483_117, "2,4\u00A0Mo")]
    public void File_sizes_use_French_units(long bytes, string expected) => Assert.Equal(expected, TextFormat.French.FileSizeShort(bytes));

    [Fact]
    public void Utc_instant_is_ISO_8601_with_milliseconds() =>
        Assert.Equal("2027-10-19T15:59:58.412Z", TextFormat.UtcIso(SampleModels.SubmittedAt));
}
