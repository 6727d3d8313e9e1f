using FundingPortal.Application.Clusters;
using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.GetAnnouncement;

public sealed record AnnouncementProgress(Guid Id, Guid CallId, string Subject, AnnouncementAudience Audience, DateTimeOffset CreatedAt, int Recipients, int Sent,
    int Failed, int Pending);

/// <summary>How far the sending has gone, counted from the recipients' rows.</summary>
public sealed class GetAnnouncement(IAppDbContext db, ManagerScope scope)
{
    public async Task<Result<AnnouncementProgress>> Handle(Guid id, CancellationToken ct)
    {
        var announcement = await db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (announcement is null || !await scope.ManagesCallAsync(announcement.CallId, ct))
        {
            return Error.NotFound("Announcement");
        }

        var counts = await db.AnnouncementRecipients.AsNoTracking().Where(r => r.AnnouncementId == id).GroupBy(r => r.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        return new AnnouncementProgress(announcement.Id, announcement.CallId, announcement.Subject, announcement.Audience, announcement.CreatedAt,
            announcement.Recipients, counts.GetValueOrDefault(DeliveryStatus.Sent), counts.GetValueOrDefault(DeliveryStatus.Failed),
            counts.GetValueOrDefault(DeliveryStatus.Pending));
    }
}
