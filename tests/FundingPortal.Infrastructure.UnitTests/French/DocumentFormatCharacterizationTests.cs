using FundingPortal.Infrastructure.Documents.Pdf;

namespace FundingPortal.Infrastructure.UnitTests.French;

/// <summary>What the PDF documents print today (ICU-independent, U+00A0 everywhere): pinned before the formatters merge.</summary>
public sealed class DocumentFormatCharacterizationTests
{
    private const char Nb = '\u00A0';

    [Theory]
    [InlineData("1300000", "1 300 000,00 €")]
    [InlineData("-1234.5", "-1 234,50 €")]
    [InlineData("0.005", "0,01 €")]
    public void Money(string amount, string expected) => Assert.Equal(Nbsp(expected), FrenchFormat.Money(Samples.Dec(amount)));

    [Theory]
    [InlineData("1234567.5", "1 234 567,50")]
    [InlineData("0", "0,00")]
    public void Amount(string amount, string expected) => Assert.Equal(Nbsp(expected), FrenchFormat.Amount(Samples.Dec(amount)));

    [Fact]
    public void Integer() => Assert.Equal(Nbsp("1 234 567"), FrenchFormat.Integer(1_234_567));

    [Theory]
    [InlineData("22.5", 1, "22,5 %")]
    [InlineData("45", 1, "45,0 %")]
    [InlineData("37.5", 0, "38 %")]
    [InlineData("1234.5", 1, "1 234,5 %")]
    public void Percent(string value, int decimals, string expected) =>
        Assert.Equal(Nbsp(expected), FrenchFormat.Percent(Samples.Dec(value), decimals));

    [Theory]
    [InlineData("3.755", 2, "3,76")]
    [InlineData("3", 2, "3,00")]
    [InlineData("1234.25", 1, "1 234,3")]
    public void Number(string value, int decimals, string expected) => Assert.Equal(Nbsp(expected), FrenchFormat.Number(Samples.Dec(value), decimals));

    [Fact]
    public void Share() => Assert.Equal((25m, 0m), (FrenchFormat.Share(1m, 4m), FrenchFormat.Share(1m, 0m)));

    [Fact]
    public void Paris_local_time_and_offset()
    {
        Assert.Equal(new DateTime(2027, 10, 19, 18, 0, 0), FrenchFormat.ToParis(Samples.Summer));
        Assert.Equal(TimeSpan.FromHours(2), FrenchFormat.ParisOffset(Samples.Summer));
        Assert.Equal(TimeSpan.FromHours(1), FrenchFormat.ParisOffset(Samples.FirstOfWinterMonth));
    }

    [Fact]
    public void Date()
    {
        Assert.Equal(Nbsp("19 octobre 2027"), FrenchFormat.Date(Samples.Summer));
        Assert.Equal(Nbsp("1er décembre 2027"), FrenchFormat.Date(Samples.FirstOfWinterMonth));
        Assert.Equal(Nbsp("1er janvier 2028"), FrenchFormat.Date(Samples.NewYearInParis));
    }

    [Fact]
    public void Date_and_time_with_a_two_digit_hour()
    {
        Assert.Equal(Nbsp("19 octobre 2027") + " à " + Nbsp("18 h 00"), FrenchFormat.DateAndTime(Samples.Summer));
        Assert.Equal(Nbsp("1er décembre 2027") + " à " + Nbsp("09 h 05"), FrenchFormat.DateAndTime(Samples.FirstOfWinterMonth));
    }

    [Fact]
    public void Date_and_time_with_seconds() =>
        Assert.Equal(Nbsp("1er décembre 2027") + " à " + Nbsp("09 h 05 min 07 s"), FrenchFormat.DateAndTimeWithSeconds(Samples.FirstOfWinterMonth));

    [Fact]
    public void Utc_iso() => Assert.Equal("2027-12-01T08:05:07.250Z", FrenchFormat.UtcIso(Samples.FirstOfWinterMonth));

    [Theory]
    [InlineData(120, "UTC+2")]
    [InlineData(-210, "UTC-3:30")]
    [InlineData(0, "UTC+0")]
    public void Utc_offset(int minutes, string expected) => Assert.Equal(expected, FrenchFormat.UtcOffset(TimeSpan.FromMinutes(minutes)));

    [Theory]
    [InlineData(512, "512 o")]
    [InlineData(812_442, "793 Ko")]
    [InlineData(2_483_117, "2,4 Mo")]
    public void File_size(long bytes, string expected) => Assert.Equal(Nbsp(expected), FrenchFormat.FileSize(bytes));

    private static string Nbsp(string text) => text.Replace(' ', Nb);
}
