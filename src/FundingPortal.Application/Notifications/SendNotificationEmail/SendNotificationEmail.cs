using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts.Settings;
using FundingPortal.Domain.Accounts;
using FundingPortal.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FundingPortal.Application.Notifications.SendNotificationEmail;

/// <summary>
/// Sends the e-mail copy of a notification once, when its recipient wants e-mail immediately; the notification remembers
/// that it was e-mailed. A daily-digest reader gets it with the next digest (SendDailyDigests); "Off" means no e-mail.
/// </summary>
public sealed class SendNotificationEmail(IAppDbContext db, IUserDirectory users, IUserSettings settings, IEmailSender sender, IOptions<PortalOptions> portal,
    TimeProvider clock)
{
    public async Task<bool> Handle(Guid notificationId, CancellationToken ct)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == notificationId, ct);
        if (notification is null || notification.EmailedAt is not null)
        {
            return false;
        }

        if ((await settings.GetAsync(notification.UserId, ct)).EmailFrequency != EmailFrequency.Immediate)
        {
            return false;
        }

        var user = await users.FindByIdAsync(notification.UserId, ct);
        if (string.IsNullOrWhiteSpace(user?.Email))
        {
            return false;
        }

        await sender.SendAsync(NotificationEmail.Compose(notification, user.Email, portal.Value.PublicUrl), ct);
        notification.MarkEmailed(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }
}
