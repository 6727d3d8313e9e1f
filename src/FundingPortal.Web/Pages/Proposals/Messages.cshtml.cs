using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.ListMessages;
using FundingPortal.Application.Proposals.PostMessage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>The dossier's thread between its consortium and the cluster; others get the same 404 as the API.</summary>
public sealed class MessagesModel(GetProposal getProposal, GetCall getCall, ICurrentUser user, IStringLocalizer texts, ListMessages list, PostMessage post)
    : DossierPageModel(getProposal, getCall, user)
{
    public override string Step => "messages";

    public IReadOnlyList<MessageResponse> Messages { get; private set; } = [];

    [BindProperty]
    public string? Body { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Show(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var sent = await post.Handle(id, new PostMessageRequest(Body), ct);
        if (!await Show(id, ct))
        {
            return NotFound();
        }

        if (!sent.IsSuccess)
        {
            ModelState.AddModelError(nameof(Body), texts[sent.Error!.Code == "message_too_long" ? "Messages.TooLong" : "Messages.EmptyBody"]);
            return Page();
        }

        TempData["Flash"] = texts["Messages.Sent"].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> Show(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return false;
        }

        var thread = await list.Handle(id, ct);
        if (!thread.IsSuccess)
        {
            return false;
        }

        Messages = thread.Value;
        return true;
    }
}
