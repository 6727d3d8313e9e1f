using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Notifications.CreateWebhook;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.ListWebhooks;

/// <summary>The cluster's webhook subscriptions, newest first (never their secrets).</summary>
public sealed class ListWebhooks(IAppDbContext db)
{
    public async Task<IReadOnlyList<WebhookResponse>> Handle(CancellationToken ct) =>
        (await db.WebhookSubscriptions.AsNoTracking().OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(500).ToListAsync(ct))
        .Select(WebhookResponse.From).ToList();
}
