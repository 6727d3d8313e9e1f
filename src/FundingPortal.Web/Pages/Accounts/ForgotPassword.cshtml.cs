using FundingPortal.Application.Accounts;
using FundingPortal.Application.Accounts.RequestAccountEmail;
using FundingPortal.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>Asks for a reset link; the page says the same thing whether or not the address has an account.</summary>
[EnableRateLimiting(RateLimitPolicies.Auth)]
public sealed class ForgotPasswordModel(RequestAccountEmail request) : PageModel
{
    private static readonly RegistrationTexts Registration = new();

    [BindProperty]
    public string? Email { get; set; }

    public string? Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await request.Handle(AccountEmailPurpose.PasswordReset, Email, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddModelError(nameof(Email), Registration["InvalidEmail"]);
            return Page();
        }

        Sent = Email!.Trim();
        return Page();
    }
}
