using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Notifications;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Notifications;

public sealed class EfNotificationStore(AppDbContext db) : INotificationStore
{
    public async Task<bool> AddIfNewAsync(Notification n, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO notifications (id, user_id, dedup_key, title, body, link, proposal_id, reference, language, created_at)
            VALUES ({n.Id}, {n.UserId}, {n.DedupKey}, {n.Title}, {n.Body}, {n.Link}, {n.ProposalId}, {n.Reference}, {n.Language}, {n.CreatedAt})
            ON CONFLICT (dedup_key) DO NOTHING
            """, cancellationToken) == 1;
}
