using FundingPortal.Application.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>"Se connecter avec ProConnect": hands the browser to the OpenID Connect provider (code flow with PKCE).</summary>
public sealed class SingleSignOnModel(IAuthenticationSchemeProvider schemes) : PageModel
{
    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (await schemes.GetSchemeAsync(ExternalSignIn.Scheme) is null)
        {
            return Page();
        }

        var back = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        return Challenge(new AuthenticationProperties { RedirectUri = $"{ExternalSignIn.CallbackPagePath}?returnUrl={Uri.EscapeDataString(back!)}" },
            ExternalSignIn.Scheme);
    }
}
