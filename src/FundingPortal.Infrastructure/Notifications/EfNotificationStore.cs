using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts.Settings;
using FundingPortal.Domain.Accounts;
using FundingPortal.Domain.Notifications;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Notifications;

public sealed class EfNotificationStore(AppDbContext db) : INotificationStore
{
    public async Task<IReadOnlySet<Guid>> AddNewAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        if (notifications.Count == 0)
        {
            return new HashSet<Guid>();
        }

        // One statement for any number of recipients: each column goes as one array parameter, unnest lines them up again.
        var ids = notifications.Select(n => n.Id).ToArray();
        var users = notifications.Select(n => n.UserId).ToArray();
        var keys = notifications.Select(n => n.DedupKey).ToArray();
        var titles = notifications.Select(n => n.Title).ToArray();
        var bodies = notifications.Select(n => n.Body).ToArray();
        var links = notifications.Select(n => n.Link).ToArray();
        var proposals = notifications.Select(n => n.ProposalId).ToArray();
        var references = notifications.Select(n => n.Reference).ToArray();
        var languages = notifications.Select(n => n.Language).ToArray();
        var created = notifications.Select(n => n.CreatedAt).ToArray();
        var inserted = await db.Database.SqlQuery<Guid>($"""
            INSERT INTO notifications (id, user_id, dedup_key, title, body, link, proposal_id, reference, language, created_at)
            SELECT * FROM unnest({ids}, {users}, {keys}, {titles}, {bodies}, {links}, {proposals}, {references}, {languages}, {created})
            ON CONFLICT (dedup_key) DO NOTHING
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        return inserted.ToHashSet();
    }

    public async Task<NotificationToEmail?> FindToEmailAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        var found = await db.Notifications.Where(n => n.Id == notificationId && n.EmailedAt == null)
            .Select(n => new
            {
                Notification = n,
                Email = db.Users.Where(u => u.Id == n.UserId).Select(u => u.Email).FirstOrDefault(),
                Frequency = db.AccountSettings.Where(s => s.UserId == n.UserId).Select(s => (EmailFrequency?)s.EmailFrequency).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new NotificationToEmail(found.Notification, found.Email, found.Frequency ?? UserSettings.Default.EmailFrequency);
    }
}
