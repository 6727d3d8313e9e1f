using System.ComponentModel.DataAnnotations;
using FundingPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Account;

public sealed class RegisterModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    /// <summary>Where to go once the account exists: an invitation e-mail brings people back to their invitations.</summary>
    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? ReturnUrl { get; set; }

    public void OnGet(string? email) => Input.Email = email;

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var email = Input.Email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > 254 || !new EmailAddressAttribute().IsValid(email))
        {
            ModelState.AddModelError("Input.Email", "Saisissez une adresse e-mail valide, par exemple prenom.nom@entreprise.fr.");
        }

        if (string.IsNullOrEmpty(Input.Password) || Input.Password.Length < 10 || Input.Password.Length > 200)
        {
            ModelState.AddModelError("Input.Password", "Le mot de passe compte 10 caractères au moins (200 au plus).");
        }
        else if (Input.Password != Input.Confirmation)
        {
            ModelState.AddModelError("Input.Confirmation", "Les deux mots de passe ne sont pas identiques.");
        }

        if (ModelState.IsValid && await users.FindByEmailAsync(email!) is not null)
        {
            ModelState.AddModelError("Input.Email", "Un compte utilise déjà cette adresse e-mail. Connectez-vous, ou choisissez une autre adresse.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new AppUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, Input.Password!);
        if (!created.Succeeded)
        {
            ModelState.AddModelError(string.Empty, "Le compte n'a pas pu être créé : vérifiez l'adresse e-mail et le mot de passe.");
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        if (Url.IsLocalUrl(ReturnUrl))
        {
            TempData["Flash"] = "Votre compte est créé.";
            return LocalRedirect(ReturnUrl!);
        }

        TempData["Flash"] = "Votre compte est créé. Dernière étape : créez ou rejoignez votre organisation.";
        return Redirect("/organisation");
    }

    public sealed class RegisterInput
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
        public string? Confirmation { get; set; }
    }
}
