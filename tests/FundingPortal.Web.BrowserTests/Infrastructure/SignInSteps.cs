using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Languages;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Infrastructure;

/// <summary>The steps every journey repeats: signing in through the sign-in page, and checking a page in English.</summary>
public static class SignInSteps
{
    /// <summary>Signs in through the sign-in page (in either language) and waits until the browser has left it.</summary>
    public static Task SignIn(IPage page, string email, string password = ApiArrange.Password) =>
        StepTimings.Measure("sign-in form", () => SignInThroughTheForm(page, email, password));

    private static async Task SignInThroughTheForm(IPage page, string email, string password)
    {
        await page.GotoAsync("/connexion");
        await page.GetByLabel(new Regex("^(Adresse e-mail|E-mail address)$")).FillAsync(email);
        await page.GetByLabel(new Regex("^(Mot de passe|Password)$")).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Se connecter|Sign in)$") }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/connexion"));
    }

    /// <summary>
    /// Shows <paramref name="path"/> in English, checks its words and the page (<see cref="PageChecks.Snapshot"/>), then
    /// puts the user back in French, as the journeys that switch a shared user's language must.
    /// </summary>
    /// <param name="data">What the page shows as typed by French users, whatever the language.</param>
    public static async Task InEnglish(IPage page, string path, string name, string[] data)
    {
        await page.GotoAsync($"/langue/en?retour={Uri.EscapeDataString(path)}");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await LanguageScan.AssertLanguage(page, "en", data);
        await Snapshot(page, name, "en");
        await page.GotoAsync($"/langue/fr?retour={Uri.EscapeDataString(path)}");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
    }
}
