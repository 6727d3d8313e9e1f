using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>
/// The page the confirmation e-mail links to. Opening it changes nothing (mail scanners open links): the button does.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Auth)]
public sealed class ConfirmEmailModel(IAccountSecurity accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Confirmed { get; private set; }
    public bool LinkInvalid { get; private set; }

    public void OnGet() => LinkInvalid = string.IsNullOrWhiteSpace(Email) || string.IsNullOrWhiteSpace(Token);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await accounts.ConfirmEmailAsync(Email, Token, ct);
        Confirmed = result.IsSuccess;
        LinkInvalid = !result.IsSuccess;
        return Page();
    }
}
