using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.ListMessages;
using FundingPortal.Application.Proposals.PostMessage;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>The dossier's thread between its consortium and the cluster; others get the same 404 as the API.</summary>
public sealed class MessagesModel(GetProposal getProposal, GetCall getCall, ICurrentUser user, IStringLocalizer texts, ListMessages list, PostMessage post)
    : DossierPageModel(getProposal, getCall, user)
{
    public override string Step => "messages";

    public static readonly IReadOnlyList<(string Value, string LabelKey)> Orders = [("sent", "ListBar.Oldest"), ("-sent", "ListBar.Newest")];

    public IReadOnlyList<MessageResponse> Messages { get; private set; } = [];
    public ListBar Bar { get; private set; } = new("Messages.Search", null, "sent", Orders, 0);

    [BindProperty]
    public string? Body { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = ListBar.SearchParameter)] string? search,
        [FromQuery(Name = ListBar.SortParameter)] string? sort, CancellationToken ct)
    {
        Bar = Bar with { Words = ListBar.WordsOf(search), Sort = ListBar.SortOf(sort, Orders) };
        return await Show(id, ct) ? Page() : NotFound();
    }

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

        var thread = await list.Handle(id, Bar.Search, ct);
        if (!thread.IsSuccess)
        {
            return false;
        }

        Messages = thread.Value;
        Bar = Bar with { Total = Messages.Count };
        return true;
    }
}
