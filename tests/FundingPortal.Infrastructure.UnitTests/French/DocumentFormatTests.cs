using FundingPortal.Application.Common.Formatting;
using FundingPortal.Domain.Common;

namespace FundingPortal.Infrastructure.UnitTests.French;

/// <summary>What the PDF documents print (ICU-independent, U+00A0 everywhere), pinned before the three formatters merged.</summary>
public sealed class DocumentFormatTests
{
    private static readonly TextFormat Format = TextFormat.French;
    private const char Nb = '\u00A0';

    [Theory]
    [InlineData("1300000", "1 300 000,00 €")]
    [InlineData("-1234.5", "-1 234,50 €")]
    [InlineData("0.005", "0,01 €")]
    public void Money(string amount, string expected) => Assert.Equal(Nbsp(expected), Format.Money(Samples.Dec(amount)));

    [Theory]
    [InlineData("1234567.5", "1 234 567,50")]
    [InlineData("0", "0,00")]
    public void Amount(string amount, string expected) => Assert.Equal(Nbsp(expected), Format.Amount(Samples.Dec(amount)));

    [Fact]
    public void Integer() => Assert.Equal(Nbsp("1 234 567"), Format.Integer(1_234_567));

    [Theory]
    [InlineData("22.5", 1, "22,5 %")]
    [InlineData("45", 1, "45,0 %")]
    [InlineData("37.5", 0, "38 %")]
    [InlineData("1234.5", 1, "1 234,5 %")]
    public void Percent(string value, int decimals, string expected) =>
        Assert.Equal(Nbsp(expected), Format.Percent(Samples.Dec(value), decimals));

    [Theory]
    [InlineData("3.755", 2, "3,76")]
    [InlineData("3", 2, "3,00")]
    [InlineData("1234.25", 1, "1 234,3")]
    public void Number(string value, int decimals, string expected) => Assert.Equal(Nbsp(expected), Format.Number(Samples.Dec(value), decimals));

    [Fact]
    public void Share() => Assert.Equal((25m, 0m), (TextFormat.Share(1m, 4m), TextFormat.Share(1m, 0m)));

    [Fact]
    public void Paris_local_time_and_offset()
    {
        Assert.Equal(new DateTime(2027, 10, 19, 18, 0, 0), ParisTime.ToLocal(Samples.Summer));
        Assert.Equal(TimeSpan.FromHours(2), ParisTime.Offset(Samples.Summer));
        Assert.Equal(TimeSpan.FromHours(1), ParisTime.Offset(Samples.FirstOfWinterMonth));
    }

    [Fact]
    public void Date()
    {
        Assert.Equal(Nbsp("19 octobre 2027"), Format.Date(Samples.Summer));
        Assert.Equal(Nbsp("1er décembre 2027"), Format.Date(Samples.FirstOfWinterMonth));
        Assert.Equal(Nbsp("1er janvier 2028"), Format.Date(Samples.NewYearInParis));
    }

    [Fact]
    public void Date_and_time_with_a_two_digit_hour()
    {
        Assert.Equal(Nbsp("19 octobre 2027") + " à " + Nbsp("18 h 00"), Format.DateAndTimeTwoDigitHour(Samples.Summer));
        Assert.Equal(Nbsp("1er décembre 2027") + " à " + Nbsp("09 h 05"), Format.DateAndTimeTwoDigitHour(Samples.FirstOfWinterMonth));
    }

    [Fact]
    public void Date_and_time_with_seconds() =>
        Assert.Equal(Nbsp("1er décembre 2027") + " à " + Nbsp("09 h 05 min 07 s"), Format.DateAndTimeWithSeconds(Samples.FirstOfWinterMonth));

    [Fact]
    public void Utc_iso() => Assert.Equal("2027-12-01T08:05:07.250Z", TextFormat.UtcIso(Samples.FirstOfWinterMonth));

    [Theory]
    [InlineData(120, "UTC+2")]
    [InlineData(-210, "UTC-3:30")]
    [InlineData(0, "UTC+0")]
    public void Utc_offset(int minutes, string expected) => Assert.Equal(expected, Format.UtcOffset(TimeSpan.FromMinutes(minutes)));

    [Theory]
    [InlineData(512, "512 o")]
    [InlineData(812_442, "793 Ko")]
    [InlineData(2_483_117, "2,4 Mo")]
    public void File_size(long bytes, string expected) => Assert.Equal(Nbsp(expected), Format.FileSizeShort(bytes));

    private static string Nbsp(string text) => text.Replace(' ', Nb);
}
