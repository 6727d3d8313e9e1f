using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.ListWebhookDeliveries;

public sealed record WebhookDeliveryResponse(Guid Id, Guid EventId, string Type, WebhookDeliveryStatus Status, DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt, DateTimeOffset? NextAttemptAt, IReadOnlyList<WebhookAttempt> Attempts);

/// <summary>The delivery log of one subscription, newest first: every attempt with its status code or error.</summary>
public sealed class ListWebhookDeliveries(IAppDbContext db)
{
    public const int MaxItems = 500;

    public async Task<Result<IReadOnlyList<WebhookDeliveryResponse>>> Handle(Guid subscriptionId, CancellationToken ct)
    {
        if (!await db.WebhookSubscriptions.AnyAsync(s => s.Id == subscriptionId, ct))
        {
            return Error.NotFound("Webhook");
        }

        var deliveries = await db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscriptionId)
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(MaxItems).ToListAsync(ct);
        return deliveries.Select(d => new WebhookDeliveryResponse(d.Id, d.EventId, d.EventType, d.Status, d.CreatedAt, d.DeliveredAt, d.NextAttemptAt, d.Attempts))
            .ToList();
    }
}
