using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using FundingPortal.Web.BrowserTests.Languages;
using Microsoft.Playwright;

namespace FundingPortal.Web.BrowserTests.Personas;

/// <summary>The demo's people and how they sign in, for the tests of what each persona sees.</summary>
internal static class Personas
{
    public const string Lead = "claire.martin@ondes-bretonnes.fr";
    public const string Expert = "expert.a@experts-pole.fr";
    public const string Officer = "officier@bpifrance.fr";

    // Data typed by the demo's French users, shown as written whatever the language.
    public static readonly string[] Data =
    [
        "Caractère innovant", "Marché et impact économique", "Qualité du consortium et rôle des PME", "Faisabilité technique et programme de travail",
        "Adéquation à la feuille de route du pôle", "Impact territorial",
    ];

    /// <summary>Signs in (the sign-in page is French by default; the host reuses a session), then chooses the language with the switch's link.</summary>
    public static async Task<IPage> SignedIn(DemoWalkHost host, string email, string language, string password = DemoWalkHost.DemoPassword)
    {
        var page = await host.SignedInPage(email, password);
        await page.GotoAsync($"/langue/{language}?retour=%2F");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        return page;
    }
}
