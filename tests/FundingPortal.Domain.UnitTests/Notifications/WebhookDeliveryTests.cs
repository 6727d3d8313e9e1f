using FundingPortal.Domain.Notifications;

namespace FundingPortal.Domain.UnitTests.Notifications;

public sealed class WebhookDeliveryTests
{
    private static readonly DateTimeOffset Event = new(2026, 10, 19, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Failed_attempts_wait_1_2_4_minutes_and_so_on_at_most_6_hours_apart_then_stop_24_hours_after_the_event()
    {
        var delivery = WebhookDelivery.Create(Guid.NewGuid(), Guid.NewGuid(), WebhookEvents.ProposalSubmitted, "{}", Event);
        var waits = new List<TimeSpan>();
        var at = Event;
        while (delivery.Status == WebhookDeliveryStatus.Pending)
        {
            Assert.True(delivery.IsDueAt(at));
            delivery.Record(new WebhookAttempt(at, 503, null, 10));
            if (delivery.NextAttemptAt is { } next)
            {
                waits.Add(next - at);
                at = next;
            }
        }

        Assert.Equal(WebhookDeliveryStatus.Abandoned, delivery.Status);
        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256], waits.Take(9).Select(w => w.TotalMinutes));
        Assert.All(waits, w => Assert.True(w <= TimeSpan.FromHours(6)));
        Assert.Equal(Event.AddHours(24), delivery.Attempts[^1].At);
        Assert.Null(delivery.NextAttemptAt);
    }

    [Fact]
    public void A_2xx_answer_delivers_and_stops_the_retries_while_a_timeout_is_retried()
    {
        var delivery = WebhookDelivery.Create(Guid.NewGuid(), Guid.NewGuid(), WebhookEvents.FundingDecided, "{}", Event);
        delivery.Record(new WebhookAttempt(Event, null, "No answer within 10 s.", 10_000));
        Assert.Equal(Event.AddMinutes(1), delivery.NextAttemptAt);
        Assert.False(delivery.IsDueAt(Event.AddSeconds(59)));

        delivery.Record(new WebhookAttempt(Event.AddMinutes(1), 204, null, 12));
        Assert.Equal(WebhookDeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(Event.AddMinutes(1), delivery.DeliveredAt);
        Assert.False(delivery.IsDueAt(Event.AddDays(1)));
        Assert.Equal(2, delivery.Attempts.Count);
    }

    [Fact]
    public void A_subscription_takes_known_events_only_and_a_secret_of_16_characters_or_more()
    {
        var url = new Uri("https://crm.example.org/hooks");
        Assert.Equal("unknown_event", WebhookSubscription.Create(url, ["proposal.submitted", "proposal.eaten"], new string('s', 16), s => s, Guid.NewGuid(), Event).Error!.Code);
        Assert.Equal("unknown_event", WebhookSubscription.Create(url, [], new string('s', 16), s => s, Guid.NewGuid(), Event).Error!.Code);
        Assert.Equal("invalid_webhook_secret", WebhookSubscription.Create(url, ["funding.decided"], "short", s => s, Guid.NewGuid(), Event).Error!.Code);
        var created = WebhookSubscription.Create(url, ["funding.decided", "proposal.submitted"], new string('s', 16), s => "protected:" + s, Guid.NewGuid(), Event).Value;
        Assert.Equal(["proposal.submitted", "funding.decided"], created.Events);
        Assert.StartsWith("protected:", created.ProtectedSecret, StringComparison.Ordinal);
    }
}
