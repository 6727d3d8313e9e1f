using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.DeliverWebhook;

/// <summary>
/// One attempt of one due delivery: claims it (so two workers do not send it at once), POSTs the stored body signed
/// with HMAC-SHA256 over "timestamp.body", and records the outcome and the next attempt.
/// </summary>
public sealed class DeliverWebhook(IAppDbContext db, TimeProvider clock, IWebhookTransport transport, ISecretProtector secrets)
{
    public const string TimestampHeader = "X-FundingPortal-Timestamp";
    public const string SignatureHeader = "X-FundingPortal-Signature";
    public const string EventHeader = "X-FundingPortal-Event";
    public const string DeliveryHeader = "X-FundingPortal-Delivery";

    // Longer than an attempt can last (the transport's timeout): a worker that died mid-attempt leaves the delivery due again after it.
    private static readonly TimeSpan Claim = TimeSpan.FromMinutes(2);

    /// <summary>Whether an attempt was made (false: not due, already delivered, or claimed by another worker).</summary>
    public async Task<bool> Handle(Guid deliveryId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var claimed = await db.WebhookDeliveries
            .Where(d => d.Id == deliveryId && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.NextAttemptAt, now + Claim), ct);
        if (claimed == 0)
        {
            return false;
        }

        var delivery = await db.WebhookDeliveries.FirstAsync(d => d.Id == deliveryId, ct);
        var subscription = await db.WebhookSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == delivery.SubscriptionId, ct);
        var started = Stopwatch.GetTimestamp();
        var attemptAt = clock.GetUtcNow();
        var result = subscription is null
            ? new WebhookPostResult(null, "The subscription no longer exists.")
            : await transport.Post(new Uri(subscription.Url), delivery.Body, Headers(delivery, secrets.Unprotect(subscription.ProtectedSecret), attemptAt), ct);
        delivery.Record(new WebhookAttempt(attemptAt, result.StatusCode, result.Error, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static Dictionary<string, string> Headers(WebhookDelivery delivery, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{delivery.Body}"));
        return new Dictionary<string, string>
        {
            [TimestampHeader] = timestamp,
            [SignatureHeader] = "sha256=" + Convert.ToHexStringLower(signature),
            [EventHeader] = delivery.EventType,
            [DeliveryHeader] = delivery.EventId.ToString(),
        };
    }
}
