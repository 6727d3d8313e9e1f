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

    public static readonly IReadOnlyList<(string Value, string LabelKey)> Orders = [("-created", "ListBar.Newest"), ("created", "ListBar.Oldest"), ("title", "ListBar.TitleAz")];

    public IReadOnlyList<NotificationResponse> Items { get; private set; } = [];
    public ListBar Bar { get; private set; } = null!;
    public string? NextCursor { get; private set; }

    /// <summary>The private subscription URL of the caller's deadlines, for a calendar application.</summary>
    public string? CalendarUrl { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = ListBar.SearchParameter)] string? search, [FromQuery(Name = ListBar.SortParameter)] string? sort,
        string? cursor, CancellationToken ct)
    {
        var bar = new ListBar("Notifications.Search", ListBar.WordsOf(search), ListBar.SortOf(sort, Orders), Orders, 0);
        var page = await ListPages.One(cursor, request => list.Handle(unreadOnly: false, bar.Search, request, ct));
        (Items, NextCursor) = (page.Items, page.NextCursor);
        Bar = bar with { Total = page.Total ?? page.Items.Count };
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
