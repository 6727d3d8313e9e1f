using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Accounts;
using FundingPortal.Application.Common;
using Microsoft.Extensions.Options;

namespace FundingPortal.Application.Notifications.SendNotificationEmail;

/// <summary>
/// Sends the e-mail copy of a notification once, when its recipient wants e-mail immediately; the notification remembers
/// that it was e-mailed. A daily-digest reader gets it with the next digest (SendDailyDigests); "Off" means no e-mail.
/// </summary>
public sealed class SendNotificationEmail(IAppDbContext db, INotificationStore notifications, IEmailSender sender, IOptions<PortalOptions> portal, TimeProvider clock)
{
    public async Task<bool> Handle(Guid notificationId, CancellationToken ct)
    {
        // One read: the notification with its recipient's address and frequency (this runs once per notification of a rush).
        var found = await notifications.FindToEmailAsync(notificationId, ct);
        if (found is null || found.EmailFrequency != EmailFrequency.Immediate || string.IsNullOrWhiteSpace(found.Email))
        {
            return false;
        }

        await sender.SendAsync(NotificationEmail.Compose(found.Notification, found.Email, portal.Value.PublicUrl), ct);
        found.Notification.MarkEmailed(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }
}
