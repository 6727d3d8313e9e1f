using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;

namespace FundingPortal.Infrastructure.UnitTests.French;

/// <summary>What notifications, reminders and e-mails write today (ICU fr-FR): pinned before the formatters merge.</summary>
public sealed class MessageFormatCharacterizationTests
{
    [Fact]
    public void Date_time_with_the_weekday()
    {
        Assert.Equal("mardi 19 octobre 2027 à 18h00", FrenchFormat.DateTime(Samples.Summer));
        Assert.Equal("mercredi 1 décembre 2027 à 09h05", FrenchFormat.DateTime(Samples.FirstOfWinterMonth));
        Assert.Equal("samedi 1 janvier 2028 à 00h30", FrenchFormat.DateTime(Samples.NewYearInParis));
        Assert.Equal("mardi 19 octobre 2027 à 12h00", FrenchFormat.DateTime(Samples.Summer, "America/New_York"));
    }

    [Fact]
    public void Date_time_of_a_local_instant() =>
        Assert.Equal("mardi 19 octobre 2027 à 18h00", FrenchFormat.DateTime(LocalInstant.Create(new DateTime(2027, 10, 19, 18, 0, 0), "Europe/Paris").Value));

    [Theory]
    [InlineData(7 * 24 * 60, "7 jours")]
    [InlineData(24 * 60, "1 jour")]
    [InlineData(36 * 60, "2 jours")]
    [InlineData(23 * 60 + 30, "24 heures")]
    [InlineData(60, "1 heure")]
    [InlineData(59, "59 minutes")]
    [InlineData(1, "1 minute")]
    [InlineData(0, "1 minute")]
    public void Remaining_rounded_to_one_unit(int minutes, string expected) => Assert.Equal(expected, FrenchFormat.Remaining(TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void Remaining_under_a_minute() => Assert.Equal("1 minute", FrenchFormat.Remaining(TimeSpan.FromSeconds(20)));

    [Theory]
    [InlineData("1300000", "1\u00A0300\u00A0000,00 €")]
    [InlineData("-1234.5", "-1\u00A0234,50 €")]
    public void Euros(string amount, string expected) => Assert.Equal(expected, FrenchFormat.Euros(Samples.Dec(amount)));
}
