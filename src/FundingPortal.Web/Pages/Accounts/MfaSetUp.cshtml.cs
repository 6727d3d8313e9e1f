using FundingPortal.Application.Abstractions;
using Microsoft.AspNetCore.Authorization;
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
public sealed class MfaSetUpModel(IAccountSecurity accounts, ICurrentUser me, IConfiguration configuration) : PageModel
{
    private static readonly TwoStepTexts Texts = new();

    [BindProperty]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public string QrCodeDataUri { get; private set; } = string.Empty;
    public string SecretForDisplay { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var status = await accounts.StatusAsync(me.UserId, ct);
        if (status is null)
        {
            return Challenge();
        }

        Enabled = status.MfaEnabled;
        if (!Enabled)
        {
            Show((await accounts.SetUpMfaAsync(me.UserId, keepPendingSecret: true, ct)).Value);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await accounts.StatusAsync(me.UserId, ct) is null)
        {
            return Challenge();
        }

        var enabled = await accounts.EnableMfaAsync(me.UserId, Code, ct);
        if (!enabled.IsSuccess)
        {
            ModelState.AddModelError(nameof(Code), Texts[enabled.Error!.Code == "invalid_code" ? "WrongSetUpCode" : "SetUpFailed"]);
            return await OnGetAsync(ct);
        }

        return await ShowNewRecoveryCodes(me.UserId, "EnabledNoteCodes", ct);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken ct) =>
        await accounts.StatusAsync(me.UserId, ct) is null ? Challenge() : await ShowNewRecoveryCodes(me.UserId, "NoteCodes", ct);

    private async Task<IActionResult> ShowNewRecoveryCodes(Guid userId, string flashKey, CancellationToken ct)
    {
        var codes = await accounts.NewRecoveryCodesAsync(userId, ct);
        if (!codes.IsSuccess)
        {
            return RedirectToPage();
        }

        TempData[RecoveryCodesModel.TempDataKey] = string.Join(' ', codes.Value);
        TempData["Flash"] = Texts[flashKey];
        return RedirectToPage("/Accounts/RecoveryCodes");
    }

    private void Show(MfaSetup secret)
    {
        Required = configuration.GetValue("Security:RequireMfaForStaff", true)
            && me.Roles.Any(r => r is FundingPortal.Application.Common.Roles.ClusterManager or FundingPortal.Application.Common.Roles.FunderOfficer);
        SecretForDisplay = string.Join(' ', secret.Secret.Chunk(4).Select(c => new string(c)));
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(secret.OtpauthUri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }
}
