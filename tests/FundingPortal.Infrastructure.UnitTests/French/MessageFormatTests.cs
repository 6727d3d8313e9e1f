using FundingPortal.Application.Common.Formatting;
using FundingPortal.Domain.Common;

namespace FundingPortal.Infrastructure.UnitTests.French;

/// <summary>What notifications, reminders and e-mails write (formerly from ICU fr-FR), pinned before the three formatters merged.</summary>
public sealed class MessageFormatTests
{
    private static readonly TextFormat Format = TextFormat.French;

    [Fact]
    public void Date_time_with_the_weekday()
    {
        Assert.Equal("mardi 19 octobre 2027 à 18\u00A0h\u00A000", Format.DateTimeWithWeekday(Samples.Summer));
        Assert.Equal("mercredi 1er décembre 2027 à 9\u00A0h\u00A005", Format.DateTimeWithWeekday(Samples.FirstOfWinterMonth));
        Assert.Equal("samedi 1er janvier 2028 à 0\u00A0h\u00A030", Format.DateTimeWithWeekday(Samples.NewYearInParis));
        Assert.Equal("mardi 19 octobre 2027 à 12\u00A0h\u00A000", Format.DateTimeWithWeekday(Samples.Summer, "America/New_York"));
    }

    [Fact]
    public void Date_time_of_a_local_instant() =>
        Assert.Equal("mardi 19 octobre 2027 à 18\u00A0h\u00A000", Format.DateTimeWithWeekday(LocalInstant.Create(new DateTime(2027, 10, 19, 18, 0, 0), "Europe/Paris").Value));

    [Theory]
    [InlineData(7 * 24 * 60, "7 jours")]
    [InlineData(24 * 60, "1 jour")]
    [InlineData(36 * 60, "2 jours")]
    [InlineData(23 * 60 + 30, "24 heures")]
    [InlineData(60, "1 heure")]
    [InlineData(59, "59 minutes")]
    [InlineData(1, "1 minute")]
    [InlineData(0, "1 minute")]
    public void Remaining_rounded_to_one_unit(int minutes, string expected) => Assert.Equal(expected, Format.Remaining(TimeSpan.FromMinutes(minutes), RemainingStyle.Rounded));

    [Fact]
    public void Remaining_under_a_minute() => Assert.Equal("1 minute", Format.Remaining(TimeSpan.FromSeconds(20), RemainingStyle.Rounded));

    [Theory]
    [InlineData("1300000", "1\u00A0300\u00A0000,00\u00A0€")]
    [InlineData("-1234.5", "-1\u00A0234,50\u00A0€")]
    public void Money_ties_the_euro_sign_with_a_no_break_space(string amount, string expected) => Assert.Equal(expected, Format.Money(Samples.Dec(amount)));
}
