using FundingPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.ListMyNotifications;

public sealed record NotificationResponse(Guid Id, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>The caller's own notifications, newest first.</summary>
public sealed class ListMyNotifications(IAppDbContext db, ICurrentUser user)
{
    public const int MaxItems = 200;

    public async Task<IReadOnlyList<NotificationResponse>> Handle(bool unreadOnly, CancellationToken ct)
    {
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == user.UserId);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        return await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(MaxItems)
            .Select(n => new NotificationResponse(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt))
            .ToListAsync(ct);
    }
}
