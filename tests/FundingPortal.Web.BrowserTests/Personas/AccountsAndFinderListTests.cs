using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using FundingPortal.Web.BrowserTests.Languages;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Personas;

/// <summary>
/// The search, sort and count bar on the manager's accounts list and on the organisation finder of a dossier's partners
/// step, in both languages (issue 19 item 7). Reads the demo only.
/// </summary>
[Collection(DemoWalkCollection.Name)]
public sealed class AccountsAndFinderListTests(DemoWalkHost host)
{
    public static TheoryData<string> BothLanguages => new() { "fr", "en" };

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task The_manager_finds_the_experts_accounts_sorted_by_address_and_is_told_when_nothing_matches(string language)
    {
        var page = await Personas.SignedIn(host, WebFactory.ManagerEmail, language, WebFactory.ManagerPassword);
        var en = language == "en";
        await Journey(page, $"listes3-{language}-comptes", async () =>
        {
            await page.GotoAsync("/gestion/comptes");
            var accounts = page.Locator("section[aria-labelledby=accounts-title]");
            await accounts.GetByLabel(en ? "Search (e-mail address)" : "Rechercher (adresse e-mail)").FillAsync("experts-pole");
            await accounts.GetByLabel(en ? "Sort by" : "Trier par").SelectOptionAsync(new SelectOptionValue { Label = en ? "Address, Z to A" : "Adresse, de Z à A" });
            await accounts.GetByRole(AriaRole.Button, new() { Name = en ? "Show" : "Afficher", Exact = true }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("recherche=experts-pole&tri=-email"));
            await Assertions.Expect(accounts.Locator("tbody tr")).ToHaveCountAsync(3);
            Assert.Equal(["expert.c@experts-pole.fr", "expert.b@experts-pole.fr", "expert.a@experts-pole.fr"],
                (await accounts.Locator("tbody tr td:first-child").AllTextContentsAsync()).Select(t => t.Trim()));
            await Assertions.Expect(accounts.Locator("tbody tr").First).ToContainTextAsync("Expert");
            await Assertions.Expect(accounts.Locator(".list-count")).ToHaveTextAsync(
                new Regex(en ? "^\\s*3 results for “experts-pole”\\s*$" : "^\\s*3 résultats pour « experts-pole »\\s*$"));
            await LanguageScan.AssertLanguage(page, language, [.. Personas.Data, .. LanguageScan.DemoData, "experts-pole"]);
            await Snapshot(page, $"listes3-{language}-comptes-recherche", language);

            await accounts.GetByLabel(en ? "Search (e-mail address)" : "Rechercher (adresse e-mail)").FillAsync("zzz-introuvable");
            await accounts.GetByRole(AriaRole.Button, new() { Name = en ? "Show" : "Afficher", Exact = true }).ClickAsync();
            await Assertions.Expect(accounts.Locator("table")).ToHaveCountAsync(0);
            await Assertions.Expect(accounts.Locator(".list-count")).ToContainTextAsync(en ? "0 results for “zzz-introuvable”" : "0 résultat pour « zzz-introuvable »");
            await Assertions.Expect(accounts.GetByText(en ? "Nothing matches this search" : "Aucun élément ne correspond à cette recherche")).ToBeVisibleAsync();
            await Assertions.Expect(accounts.GetByLabel(en ? "Sort by" : "Trier par")).ToHaveValueAsync("-email");
            await LanguageScan.AssertLanguage(page, language, [.. Personas.Data, .. LanguageScan.DemoData, "zzz-introuvable"]);
            await Snapshot(page, $"listes3-{language}-comptes-aucun", language);
        });
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task The_lead_finds_partner_organisations_by_name_in_both_orders_and_is_told_when_nothing_matches(string language)
    {
        var page = await Personas.SignedIn(host, Personas.Lead, language);
        var en = language == "en";
        await Journey(page, $"listes3-{language}-partenaires", async () =>
        {
            await page.GotoAsync("/dossiers");
            var href = await page.Locator("tbody tr").Filter(new() { HasText = "OCÉAN-5G" }).First.Locator("a").First.GetAttributeAsync("href");
            await page.GotoAsync(href + "/partenaires");
            var finder = page.Locator("section[aria-labelledby=add-title]");
            await Assertions.Expect(finder.Locator(".list-count")).ToHaveCountAsync(0);
            await finder.GetByLabel(en ? "SIREN or organisation name" : "SIREN ou nom de l'organisation").FillAsync("télécom");
            await finder.GetByLabel(en ? "Sort by" : "Trier par").SelectOptionAsync(new SelectOptionValue { Label = en ? "Name, Z to A" : "Nom, de Z à A" });
            await finder.GetByRole(AriaRole.Button, new() { Name = en ? "Show" : "Afficher", Exact = true }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("tri=-name"));
            Assert.Equal(["Normandie Télécom Industries", "Laboratoire Électronique & Télécom de Rennes"],
                (await finder.Locator("tbody tr td:first-child").AllTextContentsAsync()).Select(t => t.Trim()));
            await Assertions.Expect(finder.Locator(".list-count")).ToHaveTextAsync(
                new Regex(en ? "^\\s*2 results for “télécom”\\s*$" : "^\\s*2 résultats pour « télécom »\\s*$"));
            await LanguageScan.AssertLanguage(page, language, [.. Personas.Data, .. LanguageScan.DemoData, "télécom"]);
            await Snapshot(page, $"listes3-{language}-partenaires-recherche", language);

            await finder.GetByLabel(en ? "SIREN or organisation name" : "SIREN ou nom de l'organisation").FillAsync("zzz-introuvable");
            await finder.GetByRole(AriaRole.Button, new() { Name = en ? "Show" : "Afficher", Exact = true }).ClickAsync();
            await Assertions.Expect(finder.Locator("table")).ToHaveCountAsync(0);
            await Assertions.Expect(finder.Locator(".list-count")).ToContainTextAsync(en ? "0 results for “zzz-introuvable”" : "0 résultat pour « zzz-introuvable »");
            await Assertions.Expect(finder.GetByText(en ? "Check the SIREN, or invite your contact" : "Vérifiez le SIREN, ou invitez votre contact")).ToBeVisibleAsync();
            await LanguageScan.AssertLanguage(page, language, [.. Personas.Data, .. LanguageScan.DemoData, "zzz-introuvable"]);
            await Snapshot(page, $"listes3-{language}-partenaires-aucun", language);
        });
    }
}
