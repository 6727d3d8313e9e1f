using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Notifications;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Notifications;

public sealed class EfAnnouncementRecipientClaims(AppDbContext db) : IAnnouncementRecipientClaims
{
    public async Task<AnnouncementRecipient?> ClaimNextAsync(Guid announcementId, CancellationToken ct) =>
        (await db.AnnouncementRecipients
            .FromSqlInterpolated($"""
                SELECT * FROM announcement_recipients
                WHERE announcement_id = {announcementId} AND status = 'Pending'
                ORDER BY user_id
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(ct)).FirstOrDefault();
}
