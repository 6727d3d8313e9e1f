using FundingPortal.Application.Common;
using FundingPortal.Application.Notifications.GetAnnouncement;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Notifications;

/// <summary>How far an announcement's sending has gone (sent, failed, waiting), read from its recipients' rows.</summary>
[Authorize(Roles = Roles.ClusterManager)]
public sealed class AnnouncementProgressModel(GetAnnouncement get) : PageModel
{
    public AnnouncementProgress Announcement { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var found = await get.Handle(id, ct);
        if (!found.IsSuccess)
        {
            return NotFound();
        }

        Announcement = found.Value;
        return Page();
    }
}
