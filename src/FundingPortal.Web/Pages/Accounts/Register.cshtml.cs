using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Accounts;
using FundingPortal.Application.Accounts.RegisterAccount;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Accounts;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>
/// Sign-up. Whether the address already had an account is never shown (its owner gets an e-mail instead), so nobody is
/// signed in here: the next page is the sign-in form, with the address filled in.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Auth)]
public sealed class RegisterModel(RegisterAccount register) : PageModel
{
    private static readonly RegistrationTexts Texts = new();

    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    /// <summary>Where to go once the account exists: an invitation e-mail brings people back to their invitations.</summary>
    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? ReturnUrl { get; set; }

    public void OnGet(string? email)
    {
        Input.Email = email;
        Input.Language = Languages.Current;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (!AccountErrors.IsValidEmail(Input.Email?.Trim()))
        {
            ModelState.AddModelError("Input.Email", Texts["InvalidEmail"]);
        }

        var weak = PasswordPolicy.Check(Input.Password, Input.Email);
        if (!weak.IsSuccess)
        {
            ModelState.AddModelError("Input.Password", PasswordErrors.Describe(weak.Error!));
        }
        else if (Input.Password != Input.Confirmation)
        {
            ModelState.AddModelError("Input.Confirmation", Texts["Mismatch"]);
        }

        if (!ModelState.IsValid)
        {
            ModelState.NameFields(LabelOf);
            return Page();
        }

        var chosen = Languages.Parse(Input.Language) ?? Languages.Current;
        var result = await register.Handle(Input.Email, Input.Password, chosen, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddModelError("Input.Email", Texts["EmailRefused"]);
            ModelState.NameFields(LabelOf);
            return Page();
        }

        LanguageModel.Remember(HttpContext, chosen);
        TempData["Flash"] = Texts.Format("Registered", chosen, result.Value.Email);
        return RedirectToPage("/Accounts/Login", new { email = result.Value.Email, ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/organisation" });
    }

    private static string? LabelOf(string key) => key switch
    {
        "Input.Email" => Texts["Email"],
        "Input.Password" => Texts["Password"],
        "Input.Confirmation" => Texts["Confirmation"],
        _ => null,
    };

    public sealed class RegisterInput
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
        public string? Confirmation { get; set; }

        /// <summary>The account's language; the page's own by default.</summary>
        public string? Language { get; set; }
    }
}
