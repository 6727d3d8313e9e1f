using FundingPortal.Application.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>Signing out ends the session on the server (a copy of the cookie no longer works), not only in this browser.</summary>
public sealed class LogoutModel(ISignIn signIn) : PageModel
{
    private static readonly SessionTexts Texts = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(bool everywhere, CancellationToken ct)
    {
        await signIn.SignOutAsync(everywhere, ct);
        TempData["Flash"] = Texts[everywhere ? "SignedOutEverywhere" : "SignedOut"];
        return Redirect("/connexion");
    }
}
