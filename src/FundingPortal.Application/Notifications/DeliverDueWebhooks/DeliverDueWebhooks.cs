using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.DeliverDueWebhooks;

/// <summary>The retry sweep (every minute): each pending delivery whose next attempt is due gets one attempt.</summary>
public sealed class DeliverDueWebhooks(IAppDbContext db, TimeProvider clock, DeliverWebhook.DeliverWebhook deliver)
{
    public const int BatchSize = 200;

    public async Task<int> Handle(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(BatchSize).ToListAsync(ct);
        var attempted = 0;
        foreach (var id in due)
        {
            attempted += await deliver.Handle(id, ct) ? 1 : 0;
        }

        return attempted;
    }
}
