using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Accounts;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The page the reset e-mail links to. Opening it spends nothing; the token is used when the form is sent.</summary>
[EnableRateLimiting(RateLimitPolicies.Auth)]
public sealed class ResetPasswordModel(IAccountSecurity accounts) : PageModel
{
    private static readonly PasswordResetTexts Texts = new();
    private static readonly RegistrationTexts Registration = new();

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirmation { get; set; }

    public bool LinkInvalid { get; private set; }

    public void OnGet() => LinkInvalid = string.IsNullOrWhiteSpace(Email) || string.IsNullOrWhiteSpace(Token);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var weak = PasswordPolicy.Check(Password, Email);
        if (!weak.IsSuccess)
        {
            ModelState.AddModelError(nameof(Password), PasswordErrors.Describe(weak.Error!));
            return Page();
        }

        if (Password != Confirmation)
        {
            ModelState.AddModelError(nameof(Confirmation), Registration["Mismatch"]);
            return Page();
        }

        var result = await accounts.ResetPasswordAsync(new PasswordReset(Email, Token, Password), ct);
        if (!result.IsSuccess)
        {
            if (result.Error!.Code == PasswordPolicy.Code)
            {
                ModelState.AddModelError(nameof(Password), PasswordErrors.Describe(result.Error));
                return Page();
            }

            LinkInvalid = true;
            return Page();
        }

        TempData["Flash"] = Texts["Changed"];
        return RedirectToPage("/Accounts/Login", new { email = Email });
    }
}
