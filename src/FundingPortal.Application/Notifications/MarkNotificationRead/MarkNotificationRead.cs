using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.MarkNotificationRead;

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
