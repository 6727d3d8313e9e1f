using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts.Settings;
using FundingPortal.Application.Accounts.UpdateMySettings;
using FundingPortal.Application.Common.Localisation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>
/// The language switch: remembers the language in the <c>lang</c> cookie for a year and, for a signed-in person, in
/// their settings (which e-mails follow too), then goes back to the page.
/// </summary>
public sealed class LanguageModel(ICurrentUser user, IUserSettings settings, UpdateMySettings update, SavedLanguage saved) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string lang, [FromQuery(Name = "retour")] string? returnUrl, CancellationToken ct)
    {
        var language = Languages.Parse(lang);
        if (language is null || lang.Length != 2)
        {
            return NotFound();
        }

        Remember(HttpContext, language);

        if (user.UserId != Guid.Empty)
        {
            var current = await settings.GetAsync(user.UserId, ct);
            if (current.Language != language)
            {
                await update.Handle(new UpdateSettingsRequest(language, current.EmailFrequency.ToString()), ct);
            }

            saved.Forget(user.UserId);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    /// <summary>Sets the <c>lang</c> cookie for a year: the browser's language when nobody is signed in.</summary>
    public static void Remember(HttpContext http, string language) =>
        http.Response.Cookies.Append(Languages.CookieName, language, new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            Path = "/",
        });
}
