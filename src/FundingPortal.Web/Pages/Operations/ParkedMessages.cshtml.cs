using FundingPortal.Application.Common;
using FundingPortal.Application.Operations;
using FundingPortal.Application.Operations.ListParkedMessages;
using FundingPortal.Application.Operations.RetryParkedMessage;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Operations;

[Authorize(Roles = Roles.ClusterManager)]
public sealed class ParkedMessagesModel(ListParkedMessages list, RetryParkedMessage retry) : PageModel
{
    private static readonly ParkedMessagesTexts Texts = new();

    public IReadOnlyList<ParkedMessageResponse> Messages { get; private set; } = [];

    /// <summary>A message's state in the request's language (an unknown state as its code).</summary>
    public static string Status(string status) => Texts.Contains("Status" + status) ? Texts["Status" + status] : status;

    public async Task OnGetAsync(CancellationToken ct) => Messages = (await list.Handle(null, ct)).Value;

    public async Task<IActionResult> OnPostAsync(Guid messageId, CancellationToken ct)
    {
        var result = await retry.Handle(messageId, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            Messages = (await list.Handle(null, ct)).Value;
            return Page();
        }

        TempData["Flash"] = Texts["Retried"];
        return RedirectToPage();
    }
}
