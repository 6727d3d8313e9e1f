using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts.GetMySettings;
using FundingPortal.Application.Accounts.Settings;
using FundingPortal.Application.Accounts.UpdateMySettings;
using FundingPortal.Application.Common.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The person's settings: language of the portal and e-mails, how often e-mails come (GET/PUT /api/me/settings's page).</summary>
[Authorize]
public sealed class NotificationSettingsModel(GetMySettings get, UpdateMySettings update, ICurrentUser me, SavedLanguage savedLanguage) : PageModel
{
    private static readonly NotificationSettingsTexts Texts = new();

    [BindProperty]
    public string? Language { get; set; }

    [BindProperty]
    public string? EmailFrequency { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = await get.Handle(ct);
        Language = current.Language;
        EmailFrequency = current.EmailFrequency;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await update.Handle(new UpdateSettingsRequest(Language, EmailFrequency), ct);
        if (!saved.IsSuccess)
        {
            ModelState.AddModelError(string.Empty, Texts["Invalid"]);
            return Page();
        }

        // The next page is shown in the language just chosen, so is the confirmation.
        savedLanguage.Forget(me.UserId);
        TempData["Flash"] = Texts["Saved", saved.Value.Language];
        return RedirectToPage();
    }
}
