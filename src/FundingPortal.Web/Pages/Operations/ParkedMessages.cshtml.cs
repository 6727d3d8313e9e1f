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
    public IReadOnlyList<ParkedMessageResponse> Messages { get; private set; } = [];

    public static string Status(string status) => status switch
    {
        "Parked" => "Mis de côté",
        "AwaitingRedelivery" => "Nouvel essai programmé",
        "Redelivered" => "Relancé",
        "Resolved" => "Résolu",
        _ => status,
    };

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

        TempData["Flash"] = "Le message est relancé.";
        return RedirectToPage();
    }
}
