using System.Security.Claims;
using FundingPortal.Infrastructure.Identity;
using FundingPortal.Infrastructure.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using QRCoder;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>
/// Turns MFA on: a QR code of a new secret, then a code from the app. The recovery codes are shown once, on the next page.
/// Staff who must enrol are sent here by the enrolment gate until they have.
/// </summary>
[Authorize]
public sealed class MfaSetUpModel(UserManager<AppUser> users, SetUpMfa setUp, EnableMfa enable, GenerateRecoveryCodes recoveryCodes, IConfiguration configuration)
    : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public string QrCodeDataUri { get; private set; } = string.Empty;
    public string SecretForDisplay { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Enabled = user.TwoFactorEnabled;
        if (!Enabled)
        {
            var secret = user.TotpSecret is null ? (await setUp.Handle(user.Id, ct)).Value : new MfaSetup(user.TotpSecret, Totp.OtpAuthUri(user.TotpSecret, user.Email!));
            Show(secret, await users.GetRolesAsync(user));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var session = Guid.TryParse(User.FindFirstValue(UserSession.SessionClaim), out var id) ? id : (Guid?)null;
        var enabled = await enable.Handle(user.Id, session, Code, ct);
        if (!enabled.IsSuccess)
        {
            ModelState.AddModelError(nameof(Code), enabled.Error!.Code == "invalid_code"
                ? "Ce code n'est pas le bon : saisissez les 6 chiffres que l'application affiche maintenant (ils changent toutes les 30 secondes)."
                : "La vérification en deux étapes n'a pas pu être activée : rechargez la page puis recommencez.");
            return await OnGetAsync(ct);
        }

        return await ShowNewRecoveryCodes(user.Id, "La vérification en deux étapes est activée. ", ct);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : await ShowNewRecoveryCodes(user.Id, string.Empty, ct);
    }

    private async Task<IActionResult> ShowNewRecoveryCodes(Guid userId, string flash, CancellationToken ct)
    {
        var codes = await recoveryCodes.Handle(userId, ct);
        if (!codes.IsSuccess)
        {
            return RedirectToPage();
        }

        TempData[RecoveryCodesModel.TempDataKey] = string.Join(' ', codes.Value);
        TempData["Flash"] = flash + "Notez vos codes de secours : ils ne seront plus affichés.";
        return RedirectToPage("/Accounts/RecoveryCodes");
    }

    private void Show(MfaSetup secret, IList<string> roles)
    {
        Required = configuration.GetValue("Security:RequireMfaForStaff", true)
            && roles.Any(r => r is FundingPortal.Application.Common.Roles.ClusterManager or FundingPortal.Application.Common.Roles.FunderOfficer);
        SecretForDisplay = string.Join(' ', secret.Secret.Chunk(4).Select(c => new string(c)));
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(secret.OtpauthUri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }
}
