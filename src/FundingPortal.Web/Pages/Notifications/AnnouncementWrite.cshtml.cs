using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Common;
using FundingPortal.Application.Notifications.PostAnnouncement;
using FundingPortal.Domain.Notifications;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Notifications;

/// <summary>A manager writes an announcement to one audience of a call; the sending then runs in the background.</summary>
[Authorize(Roles = Roles.ClusterManager)]
public sealed class AnnouncementWriteModel(GetCall getCall, PostAnnouncement post) : PageModel
{
    public CallResponse Call { get; private set; } = null!;

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    [BindProperty]
    public AnnouncementAudience? Audience { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        var sent = await post.Handle(id, new AnnouncementRequest(Subject, Body, Audience), ct);
        if (!sent.IsSuccess)
        {
            ModelState.AddError(sent.Error!, field => field switch
            {
                "subject" => nameof(Subject),
                "body" => nameof(Body),
                "audience" => nameof(Audience),
                _ => null,
            });
            return Page();
        }

        return Redirect($"/annonces/{sent.Value.Id}");
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var call = await getCall.Handle(id, ct);
        if (!call.IsSuccess)
        {
            return false;
        }

        Call = call.Value;
        return true;
    }
}
