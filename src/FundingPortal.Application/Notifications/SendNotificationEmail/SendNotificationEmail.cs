using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts.Settings;
using FundingPortal.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FundingPortal.Application.Notifications.SendNotificationEmail;

/// <summary>Sends the e-mail copy of a notification once; the notification remembers that it was e-mailed.</summary>
public sealed class SendNotificationEmail(IAppDbContext db, IUserDirectory users, IEmailSender sender, IOptions<PortalOptions> portal, TimeProvider clock,
    IUserSettings settings)
{
    public async Task<bool> Handle(Guid notificationId, CancellationToken ct)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == notificationId, ct);
        if (notification is null || notification.EmailedAt is not null)
        {
            return false;
        }

        var user = await users.FindByIdAsync(notification.UserId, ct);
        if (string.IsNullOrWhiteSpace(user?.Email))
        {
            return false;
        }

        var language = (await settings.GetAsync(notification.UserId, ct)).Language;
        await sender.SendAsync(NotificationEmail.Compose(notification, user.Email, portal.Value.PublicUrl, language), ct);
        notification.MarkEmailed(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }
}
