using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.ResumeAnnouncements;

/// <summary>
/// Asks again for every announcement that still has recipients waiting (a worker that died mid-way left them): run every
/// minute by a recurring job. A delivery asked for while another is still sending the announcement ends at once (its turn
/// is taken): the one sending finishes the list.
/// </summary>
public sealed class ResumeAnnouncements(IAppDbContext db, IOutbox outbox)
{
    public async Task<int> Handle(CancellationToken ct)
    {
        var waiting = await db.AnnouncementRecipients.AsNoTracking().Where(r => r.Status == DeliveryStatus.Pending)
            .Select(r => r.AnnouncementId).Distinct().ToListAsync(ct);
        foreach (var id in waiting)
        {
            outbox.Enqueue(new AnnouncementQueued(id));
        }

        await db.SaveChangesAsync(ct);
        return waiting.Count;
    }
}
