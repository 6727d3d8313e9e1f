using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts;
using FundingPortal.Application.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>Sign-in form, rate-limited like the API (its POSTs count per address); the same message for every failure.</summary>
[EnableRateLimiting(RateLimitPolicies.Auth)]
public sealed class LoginModel(ISignIn signIn, IAuthenticationSchemeProvider schemes) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? SingleSignOnName { get; private set; }
    public bool SingleSignOnFailed { get; private set; }

    public async Task OnGetAsync(string? email, string? sso)
    {
        Input.Email = email;
        SingleSignOnFailed = sso == "echec";
        await FindSingleSignOn();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        await FindSingleSignOn();
        if (string.IsNullOrWhiteSpace(Input.Email) || string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError(string.Empty, "Saisissez votre adresse e-mail et votre mot de passe.");
            return Page();
        }

        var outcome = await signIn.PasswordSignInAsync(Input.Email, Input.Password, ct);
        if (outcome == SignInOutcome.Refused)
        {
            // Wrong address, wrong password or locked account: one message, so that nobody learns which.
            ModelState.AddModelError(string.Empty,
                "Adresse e-mail ou mot de passe incorrect. Après dix essais infructueux, le compte est bloqué cinq minutes.");
            return Page();
        }

        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
        return outcome == SignInOutcome.SignedIn
            ? LocalRedirect(returnUrl)
            : RedirectToPage("/Accounts/SecondFactor", new { ReturnUrl = returnUrl });
    }

    private async Task FindSingleSignOn() => SingleSignOnName = (await schemes.GetSchemeAsync(ExternalSignIn.Scheme))?.DisplayName;

    public sealed class LoginInput
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }
}
