using FundingPortal.Domain.Calls;
using static FundingPortal.Domain.UnitTests.Calls.CallFactory;

namespace FundingPortal.Domain.UnitTests.Calls;

public sealed class CallStatusTests
{
    private static readonly DateTimeOffset Before = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2026, 10, 19, 16)] // summer time: UTC+2
    [InlineData(2026, 12, 19, 17)] // winter time: UTC+1
    public void Open_one_millisecond_before_the_deadline_and_closed_at_the_deadline(int year, int month, int day, int utcHour)
    {
        var deadline = Paris(year, month, day, 18);
        var call = Published(Paris(2026, 6, 1, 9), deadline, Before);
        var instant = new DateTimeOffset(year, month, day, utcHour, 0, 0, TimeSpan.Zero);

        Assert.Equal(instant, deadline.Utc);
        Assert.Equal(CallStatus.Open, call.StatusAt(instant.AddMilliseconds(-1)));
        Assert.Equal(CallStatus.Closed, call.StatusAt(instant));
    }

    [Fact]
    public void Draft_until_published_then_published_until_it_opens()
    {
        var definition = new CallDefinition("Appel", null, null, ["FR-BRE"],
            new CallTimeline(Paris(2026, 6, 1, 9), Paris(2026, 10, 19, 18), Paris(2026, 11, 15, 18), Paris(2026, 11, 25, 14), Paris(2027, 2, 15, 18)),
            EligibilityRules.Default, EvaluationGrid.Default, 2, false, [CallFactory.FunderWith(1_000_000m)]);
        var call = Call.Create(definition, Before).Value;
        Assert.Equal(CallStatus.Draft, call.StatusAt(Before));
        Assert.True(call.Publish(Before).IsSuccess);
        Assert.Equal(CallStatus.Published, call.StatusAt(Before));
        Assert.Equal(CallStatus.Open, call.StatusAt(Paris(2026, 6, 1, 9).Utc));
        Assert.Equal("call_not_draft", call.Update(definition).Error!.Code);
        Assert.Equal("call_not_draft", call.Publish(Before).Error!.Code);
    }

    [Fact]
    public void Milestones_out_of_order_are_refused()
    {
        var timeline = new CallTimeline(Paris(2026, 6, 1, 9), Paris(2026, 10, 19, 18), Paris(2026, 10, 1, 18), Paris(2026, 11, 25, 14), Paris(2027, 2, 15, 18));
        Assert.Equal("timeline_out_of_order", timeline.Validate().Error!.Code);
    }
}
