using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Notifications;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Notifications;

public sealed class EfSentReminderLedger(AppDbContext db) : ISentReminderLedger
{
    public async Task<bool> TryRecordAsync(SentReminder r, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO sent_reminders (kind, target_id, slot, recipient_id, sent_at)
            VALUES ({r.Kind}, {r.TargetId}, {r.Slot}, {r.RecipientId}, {r.SentAt})
            ON CONFLICT DO NOTHING
            """, cancellationToken) == 1;
}
