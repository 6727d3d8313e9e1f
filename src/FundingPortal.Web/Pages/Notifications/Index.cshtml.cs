using FundingPortal.Application.Calendar.GetCalendarFeedUrl;
using FundingPortal.Application.Calendar.RotateCalendarFeedUrl;
using FundingPortal.Application.Notifications.ListMyNotifications;
using FundingPortal.Application.Notifications.MarkNotificationRead;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Notifications;

[Authorize]
public sealed class NotificationsModel(ListMyNotifications list, GetCalendarFeedUrl getFeed, RotateCalendarFeedUrl rotateFeed) : PageModel
{
    private static readonly NotificationsTexts Texts = new();

    public IReadOnlyList<NotificationResponse> Items { get; private set; } = [];
    public string? NextCursor { get; private set; }

    /// <summary>The private subscription URL of the caller's deadlines, for a calendar application.</summary>
    public string? CalendarUrl { get; private set; }

    public async Task OnGetAsync(string? cursor, CancellationToken ct)
    {
        var page = await ListPages.One(cursor, request => list.Handle(unreadOnly: false, request, ct));
        (Items, NextCursor) = (page.Items, page.NextCursor);
        var feed = await getFeed.Handle(ct);
        CalendarUrl = feed.IsSuccess ? feed.Value.Url : null;
    }

    public async Task<IActionResult> OnPostReadAsync(Guid notificationId, [FromServices] MarkNotificationRead markRead, CancellationToken ct)
    {
        await markRead.Handle(notificationId, ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRotateCalendarAsync(CancellationToken ct)
    {
        var rotated = await rotateFeed.Handle(ct);
        TempData["Flash"] = Texts[rotated.IsSuccess ? "Rotated" : "RotateFailed"];
        return RedirectToPage();
    }
}
