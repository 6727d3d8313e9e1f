using FundingPortal.Application.Common.Formatting;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Infrastructure.UnitTests.English;

/// <summary>What the English edition writes: the issue's own examples, Paris time, English plurals.</summary>
public sealed class EnglishFormatTests
{
    private static readonly TextFormat Format = TextFormat.For("en");

    [Fact]
    public void Money_has_the_euro_sign_first_and_comma_groups()
    {
        Assert.Equal("€1,234,567.50", Format.Money(1_234_567.50m));
        Assert.Equal("-€1,234.50", Format.Money(-1234.5m));
        Assert.Equal("1,234,567.50", Format.Amount(1_234_567.5m));
    }

    [Fact]
    public void Deadline_is_written_in_Paris_time_with_a_twelve_hour_clock()
    {
        var deadline = new DateTimeOffset(2027, 10, 19, 16, 0, 0, TimeSpan.Zero);
        Assert.Equal("19 October 2027, 6:00 pm", Format.DateAndTime(deadline));
        Assert.Equal("Tuesday 19 October 2027, 6:00 pm", Format.DateTimeWithWeekday(deadline));
        Assert.Equal("19 October 2027, 5:59:59 pm", Format.DateAndTimeWithSeconds(deadline.AddSeconds(-1)));
        Assert.Equal("1 December 2027", Format.Date(new DateTimeOffset(2027, 12, 1, 8, 0, 0, TimeSpan.Zero)));
        Assert.EndsWith("à 18\u00A0h\u00A000", TextFormat.For("fr").DateAndTime(deadline));
    }

    [Fact]
    public void Durations_use_English_plurals()
    {
        Assert.Equal("1 day", Format.Remaining(TimeSpan.FromDays(1), RemainingStyle.Rounded));
        Assert.Equal("2 hours and 1 minute", Format.Remaining(new TimeSpan(2, 1, 0), RemainingStyle.Detailed));
        Assert.Equal("12 days and 4 hours", Format.Remaining(new TimeSpan(12, 4, 10, 0), RemainingStyle.Detailed));
        Assert.Equal("less than a minute", Format.Remaining(TimeSpan.FromSeconds(20), RemainingStyle.Detailed));
    }

    [Fact]
    public void Labels_are_English_words_not_enum_names()
    {
        var labels = TextLabels.For("en");
        Assert.Equal("Partly funded", labels.Status(ProposalStatus.PartiallyFunded));
        Assert.Equal("SME", labels.Category(Domain.Organisations.OrganisationCategory.Sme));
        Assert.Equal("Acknowledgement of receipt", labels.DocumentKind(Domain.Documents.DocumentKind.Receipt));
        Assert.Equal("Déposé", TextLabels.For("fr").Status(ProposalStatus.Submitted));
    }
}
