using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>Shows the recovery codes just generated, once (they travel in the protected TempData cookie, read and deleted here).</summary>
[Authorize]
public sealed class RecoveryCodesModel : PageModel
{
    public const string TempDataKey = "RecoveryCodes";

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public void OnGet() => Codes = (TempData[TempDataKey] as string)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
}
