using FundingPortal.Application.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Account;

[Authorize]
public sealed class NotificationsModel(ListMyNotifications list) : PageModel
{
    public IReadOnlyList<NotificationResponse> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await list.Handle(unreadOnly: false, ct);

    public async Task<IActionResult> OnPostReadAsync(Guid notificationId, [FromServices] MarkNotificationRead markRead, CancellationToken ct)
    {
        await markRead.Handle(notificationId, ct);
        return RedirectToPage();
    }
}
