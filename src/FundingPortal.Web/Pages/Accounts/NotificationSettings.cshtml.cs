using FundingPortal.Application.Accounts.GetMySettings;
using FundingPortal.Application.Accounts.UpdateMySettings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The person's notification settings: language of e-mails and how often they come (GET/PUT /api/me/settings's page).</summary>
[Authorize]
public sealed class NotificationSettingsModel(GetMySettings get, UpdateMySettings update) : PageModel
{
    [BindProperty]
    public string? Language { get; set; }

    [BindProperty]
    public string? EmailFrequency { get; set; }

    public NotificationSettingsTexts Texts { get; private set; } = NotificationSettingsTexts.Fr;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = await get.Handle(ct);
        Language = current.Language;
        EmailFrequency = current.EmailFrequency;
        Texts = NotificationSettingsTexts.For(current.Language);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await update.Handle(new UpdateSettingsRequest(Language, EmailFrequency), ct);
        if (!saved.IsSuccess)
        {
            Texts = NotificationSettingsTexts.For((await get.Handle(ct)).Language);
            ModelState.AddModelError(string.Empty, Texts.Invalid);
            return Page();
        }

        TempData["Flash"] = NotificationSettingsTexts.For(saved.Value.Language).Saved;
        return RedirectToPage();
    }
}
