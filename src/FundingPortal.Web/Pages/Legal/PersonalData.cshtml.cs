using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Privacy;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FundingPortal.Web.Pages.Legal;

/// <summary>The personal data page: controller and officer (Legal), retention periods (Privacy:Retention), the cookies the portal sets.</summary>
public sealed class PersonalDataModel(IOptions<LegalOptions> legal, IOptions<RetentionOptions> retention) : PageModel
{
    /// <summary>
    /// Every cookie the portal can set (names as over plain HTTP), with the keys of its purpose and lifetime:
    /// sign-in (AuthSetup), anti-forgery (WebSetup), language (the language switch), TempData's confirmation messages,
    /// Identity's two-step and single sign-on cookies, and the OpenID Connect handler's correlation and nonce cookies.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Purpose, string Lifetime)> Cookies =
    [
        ("fp.auth", "CookieAuth", "CookieAuthLifetime"),
        ("fp.af", "CookieAntiforgery", "BrowserSession"),
        (Languages.CookieName, "CookieLanguage", "OneYear"),
        (".AspNetCore.Mvc.CookieTempDataProvider", "CookieTempData", "UntilRead"),
        ("Identity.TwoFactorUserId", "CookieTwoFactor", "FiveMinutes"),
        ("Identity.External", "CookieExternal", "FiveMinutes"),
        (".AspNetCore.Correlation.…, .AspNetCore.OpenIdConnect.Nonce.…", "CookieOidc", "AtMostOneHour"),
    ];

    public LegalOptions Legal { get; } = legal.Value;

    /// <summary>The periods the retention job applies (Privacy:Retention), so the page says what really happens.</summary>
    public RetentionOptions Retention { get; } = retention.Value;
}
