using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications;

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

public sealed class MarkNotificationRead(IAppDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<Result> Handle(Guid id, CancellationToken ct)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == user.UserId, ct);
        if (notification is null)
        {
            return Error.NotFound("Notification");
        }

        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
