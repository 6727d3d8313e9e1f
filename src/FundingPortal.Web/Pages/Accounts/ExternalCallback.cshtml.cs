using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>
/// Where the OpenID Connect handler lands after the provider: links the identity to an account (by verified e-mail the
/// first time), then signs in, through the second step when the account has MFA.
/// </summary>
public sealed class ExternalCallbackModel(ISignIn signIn, IAuthenticationSchemeProvider schemes) : PageModel
{
    private static readonly SessionTexts Texts = new();

    public string ProviderName { get; private set; } = ExternalSignIn.DefaultDisplayName;
    public string Problem { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken ct)
    {
        ProviderName = (await schemes.GetSchemeAsync(ExternalSignIn.Scheme))?.DisplayName ?? ProviderName;
        var outcome = await signIn.ExternalSignInAsync(ProviderName, ct);
        if (outcome == SignInOutcome.Expired)
        {
            Problem = Texts["ExternalExpired"];
            return Page();
        }

        if (outcome == SignInOutcome.Refused)
        {
            Problem = Texts.Format("ExternalUnverified", Languages.Current, ProviderName);
            return Page();
        }

        var back = Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
        return outcome == SignInOutcome.SignedIn ? LocalRedirect(back) : RedirectToPage("/Accounts/SecondFactor", new { ReturnUrl = back });
    }
}
