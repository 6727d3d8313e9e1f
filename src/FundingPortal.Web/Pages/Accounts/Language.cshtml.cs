using FundingPortal.Application.Common.Localisation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The language switch: remembers the language in the <c>lang</c> cookie for a year and goes back to the page.</summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet(string lang, [FromQuery(Name = "retour")] string? returnUrl)
    {
        var language = Languages.Parse(lang);
        if (language is null || lang.Length != 2)
        {
            return NotFound();
        }

        Response.Cookies.Append(Languages.CookieName, language, new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
            Path = "/",
        });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
