using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The second step of signing in, for accounts with MFA: a TOTP code or a recovery code.</summary>
[EnableRateLimiting(RateLimitPolicies.Auth)]
public sealed class SecondFactorModel(ISignIn signIn) : PageModel
{
    private static readonly TwoStepTexts Texts = new();

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() => await signIn.SecondFactorPendingAsync() ? Page() : Expired();

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => Verify(Code, null, nameof(Code), ct);

    public Task<IActionResult> OnPostRecoveryCodeAsync(CancellationToken ct) => Verify(null, RecoveryCode, nameof(RecoveryCode), ct);

    private async Task<IActionResult> Verify(string? code, string? recoveryCode, string field, CancellationToken ct)
    {
        ModelState.Clear();
        var outcome = await signIn.SecondFactorSignInAsync(code, recoveryCode, ct);
        if (outcome == SignInOutcome.Expired)
        {
            return Expired();
        }

        if (outcome != SignInOutcome.SignedIn)
        {
            ModelState.AddModelError(field, Texts[code is not null ? "WrongCode" : "WrongRecoveryCode"]);
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    private IActionResult Expired()
    {
        TempData["Flash"] = Texts["Expired"];
        return RedirectToPage("/Accounts/Login", new { ReturnUrl });
    }
}
