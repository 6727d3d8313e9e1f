using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FundingPortal.Application.Notifications.SendDailyDigests;

/// <summary>
/// The 08:00 (Paris) digest: one e-mail per daily-digest reader gathering their notifications not e-mailed yet. Each
/// person's notifications are marked e-mailed right after their digest leaves, so a second run sends nothing again and a
/// run that dies part-way resumes with the people it had not reached.
/// </summary>
public sealed class SendDailyDigests(IAppDbContext db, IUserDirectory users, IEmailSender sender, IOptions<PortalOptions> portal, TimeProvider clock)
{
    /// <summary>Older unsent notifications (someone who just switched from "Off") are not worth an e-mail any more.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(7);

    public async Task<int> Handle(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var since = now - Horizon;
        var readers = await db.AccountSettings.AsNoTracking().Where(s => s.EmailFrequency == EmailFrequency.DailyDigest)
            .Where(s => db.Notifications.Any(n => n.UserId == s.UserId && n.EmailedAt == null && n.CreatedAt > since && n.CreatedAt <= now))
            .Select(s => new { s.UserId, s.Language }).ToListAsync(ct);
        var sent = 0;
        foreach (var reader in readers.OrderBy(r => r.UserId))
        {
            var user = await users.FindByIdAsync(reader.UserId, ct);
            if (string.IsNullOrWhiteSpace(user?.Email))
            {
                continue;
            }

            db.ChangeTracker.Clear();
            var pending = await db.Notifications.Where(n => n.UserId == reader.UserId && n.EmailedAt == null && n.CreatedAt > since && n.CreatedAt <= now)
                .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync(ct);
            if (pending.Count == 0)
            {
                continue;
            }

            await sender.SendAsync(NotificationEmail.ComposeDigest(pending, reader.Language, user.Email, portal.Value.PublicUrl), ct);
            foreach (var notification in pending)
            {
                notification.MarkEmailed(now);
            }

            await db.SaveChangesAsync(ct);
            sent++;
        }

        return sent;
    }
}
