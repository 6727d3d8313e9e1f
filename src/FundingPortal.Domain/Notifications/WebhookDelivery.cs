using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Notifications;

public enum WebhookDeliveryStatus
{
    Pending,
    Delivered,

    /// <summary>Every attempt failed for 24 hours: no more tries.</summary>
    Abandoned,
}

/// <summary>One attempt: when, and the receiver's status code or why there was none.</summary>
public sealed record WebhookAttempt(DateTimeOffset At, int? StatusCode, string? Error, int DurationMs);

/// <summary>
/// One event to send to one subscription. The body is fixed when the event happens, so every retry sends the same
/// bytes and the same event <see cref="EventId"/>; only the timestamp and signature change per attempt. Retried with
/// exponential back-off (1 min, 2, 4… at most 6 h apart) until a 2xx or 24 hours after the event.
/// </summary>
public sealed class WebhookDelivery : Entity
{
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromHours(24);
    public static readonly TimeSpan LongestWait = TimeSpan.FromHours(6);

    private List<WebhookAttempt> _attempts = [];

    private WebhookDelivery()
    {
    }

    public Guid SubscriptionId { get; private set; }
    public Guid EventId { get; private set; }
    public string EventType { get; private set; } = string.Empty;
    public string Body { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public WebhookDeliveryStatus Status { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public IReadOnlyList<WebhookAttempt> Attempts => _attempts;

    public static WebhookDelivery Create(Guid subscriptionId, Guid eventId, string eventType, string body, DateTimeOffset now) =>
        new()
        {
            SubscriptionId = subscriptionId,
            EventId = eventId,
            EventType = eventType,
            Body = body,
            CreatedAt = now,
            Status = WebhookDeliveryStatus.Pending,
            NextAttemptAt = now,
        };

    public bool IsDueAt(DateTimeOffset now) => Status == WebhookDeliveryStatus.Pending && NextAttemptAt <= now;

    public void Record(WebhookAttempt attempt)
    {
        _attempts = [.. _attempts, attempt];
        if (attempt.StatusCode is >= 200 and < 300)
        {
            Status = WebhookDeliveryStatus.Delivered;
            DeliveredAt = attempt.At;
            NextAttemptAt = null;
            return;
        }

        var wait = TimeSpan.FromMinutes(Math.Pow(2, Math.Min(_attempts.Count - 1, 20)));
        var next = attempt.At + (wait < LongestWait ? wait : LongestWait);
        var deadline = CreatedAt + GiveUpAfter;
        if (attempt.At >= deadline)
        {
            Status = WebhookDeliveryStatus.Abandoned;
            NextAttemptAt = null;
            return;
        }

        NextAttemptAt = next < deadline ? next : deadline;
    }
}
