using System.Security.Claims;
using FundingPortal.Infrastructure.Identity.Accounts;
using FundingPortal.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>
/// Where the OpenID Connect handler lands after the provider: links the identity to an account (by verified e-mail the
/// first time), then signs in, through the second step when the account has MFA.
/// </summary>
public sealed class ExternalCallbackModel(SignInWithExternalAccount link, WebSignIn signIn, IAuthenticationSchemeProvider schemes, IConfiguration configuration)
    : PageModel
{
    public string ProviderName { get; private set; } = ExternalSignIn.DefaultDisplayName;
    public string Problem { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken ct)
    {
        ProviderName = (await schemes.GetSchemeAsync(ExternalSignIn.Scheme))?.DisplayName ?? ProviderName;
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (external.Principal?.FindFirstValue(ExternalSignIn.SubjectClaim) is not { Length: > 0 } subject)
        {
            Problem = "La connexion a expiré ou n'a pas abouti. Recommencez depuis la page de connexion.";
            return Page();
        }

        var identity = new ExternalIdentity(ExternalSignIn.Scheme, ProviderName, subject, external.Principal.FindFirstValue(ExternalSignIn.EmailClaim),
            EmailVerified(external.Principal.FindFirstValue(ExternalSignIn.EmailVerifiedClaim)));
        var user = await link.Handle(identity, ct);
        if (!user.IsSuccess)
        {
            Problem = $"{ProviderName} n'a pas confirmé que l'adresse e-mail de votre compte est vérifiée : elle ne peut pas être rattachée à un compte du portail. "
                + "Connectez-vous avec votre adresse e-mail et votre mot de passe.";
            return Page();
        }

        var back = Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
        return await signIn.SignInOrAskSecondFactorAsync(HttpContext, user.Value, ct)
            ? LocalRedirect(back)
            : RedirectToPage("/Accounts/SecondFactor", new { ReturnUrl = back });
    }

    /// <summary>
    /// "email_verified": true is required. A provider that vouches for every address without sending the claim can be
    /// trusted explicitly with Authentication:Oidc:EmailVerifiedByProvider (false is still refused).
    /// </summary>
    private bool EmailVerified(string? claim) =>
        claim is null
            ? configuration.GetValue($"{ExternalSignIn.Section}:EmailVerifiedByProvider", false)
            : bool.TryParse(claim, out var verified) && verified;
}
