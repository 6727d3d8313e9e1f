using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using FundingPortal.Web.BrowserTests.Languages;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Personas;

/// <summary>
/// The search, sort and count bar on the dossier list (with the manager's call and status filters in the same form), the funder
/// officer's funding requests and a dossier's thread of messages, in both languages (issue 19 item 7).
/// </summary>
[Collection(DemoWalkCollection.Name)]
public sealed class MoreListsTests(DemoWalkHost host)
{
    public static TheoryData<string> BothLanguages => new() { "fr", "en" };

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task The_manager_sorts_the_dossiers_by_acronym_keeps_the_filters_and_is_told_when_nothing_matches(string language)
    {
        var page = await Personas.SignedIn(host, WebFactory.ManagerEmail, language, WebFactory.ManagerPassword);
        var en = language == "en";
        await Journey(page, $"listes2-{language}-dossiers", async () =>
        {
            await page.GotoAsync("/dossiers");
            var search = page.GetByRole(AriaRole.Search);
            await Assertions.Expect(search.GetByLabel(en ? "Call for proposals" : "Appel à projets")).ToBeVisibleAsync();
            await page.GetByLabel(en ? "Sort by" : "Trier par").SelectOptionAsync(new SelectOptionValue { Label = en ? "Acronym, A to Z" : "Acronyme, de A à Z" });
            await page.GetByRole(AriaRole.Button, new() { Name = en ? "Show" : "Afficher" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("tri=acronym"));
            var acronyms = (await page.Locator("tbody tr td:nth-child(2) strong").AllTextContentsAsync()).Select(a => a.Trim()).ToList();
            Assert.True(acronyms.Count >= 5, string.Join(", ", acronyms));
            Assert.Equal(acronyms.Select(a => char.ToLowerInvariant(a[0])).Order(), acronyms.Select(a => char.ToLowerInvariant(a[0])));
            await Assertions.Expect(page.Locator(".list-count")).ToHaveTextAsync(new Regex($"^\\s*{acronyms.Count} {(en ? "results" : "résultats")}\\s*$"));
            await LanguageScan.AssertLanguage(page, language, [.. Personas.Data, .. LanguageScan.DemoData]);
            await Snapshot(page, $"listes2-{language}-dossiers-tri-acronyme", language);

            await page.GetByLabel(en ? "Status" : "Statut").SelectOptionAsync("Draft");
            await page.GetByLabel(en ? "Search (reference, acronym, title)" : "Rechercher (référence, acronyme, titre)").FillAsync("zzz-introuvable");
            await page.GetByRole(AriaRole.Button, new() { Name = en ? "Show" : "Afficher" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("statut=Draft"));
            await Assertions.Expect(page.Locator("table")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator(".list-count")).ToContainTextAsync(en ? "0 results for “zzz-introuvable”" : "0 résultat pour « zzz-introuvable »");
            await Assertions.Expect(page.GetByText(en ? "Nothing matches this search" : "Aucun élément ne correspond à cette recherche")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByLabel(en ? "Sort by" : "Trier par")).ToHaveValueAsync("acronym");
            await LanguageScan.AssertLanguage(page, language, [.. Personas.Data, .. LanguageScan.DemoData, "zzz-introuvable"]);
            await Snapshot(page, $"listes2-{language}-dossiers-aucun", language);
        });
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task The_funder_officer_searches_the_funding_requests_and_sees_how_many_match(string language)
    {
        var page = await Personas.SignedIn(host, Personas.Officer, language);
        var en = language == "en";
        await Journey(page, $"listes2-{language}-demandes", async () =>
        {
            await page.GotoAsync("/financeur/demandes");
            var all = page.Locator("#toutes ~ .table-scroll").First.Locator("table");
            var total = await all.Locator("tbody tr").CountAsync();
            Assert.True(total >= 2);
            await Assertions.Expect(page.Locator(".list-count")).ToHaveTextAsync(new Regex($"^\\s*{total} {(en ? "results" : "résultats")}\\s*$"));

            await page.GetByLabel(en ? "Search (reference, acronym, title)" : "Rechercher (référence, acronyme, titre)").FillAsync("phare");
            await page.GetByLabel(en ? "Sort by" : "Trier par").SelectOptionAsync("reference");
            await page.GetByRole(AriaRole.Button, new() { Name = en ? "Show" : "Afficher" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("recherche=phare&tri=reference"));
            await Assertions.Expect(all.Locator("tbody tr")).ToHaveCountAsync(1);
            await Assertions.Expect(all).ToContainTextAsync("PHARE-NUM");
            await Assertions.Expect(page.Locator(".list-count")).ToContainTextAsync(en ? "1 result for “phare”" : "1 résultat pour « phare »");
            await LanguageScan.AssertLanguage(page, language, [.. Personas.Data, .. LanguageScan.DemoData]);
            await Snapshot(page, $"listes2-{language}-demandes-recherche", language);
        });
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task The_lead_finds_a_message_of_the_thread_and_reads_the_newest_first(string language)
    {
        var page = await Personas.SignedIn(host, Personas.Lead, language);
        var en = language == "en";
        var word = $"balise{language}";
        await Journey(page, $"listes2-{language}-messages", async () =>
        {
            await page.GotoAsync("/dossiers");
            var href = await page.Locator("tbody tr").Filter(new() { HasText = "OCÉAN-5G" }).First.Locator("a").First.GetAttributeAsync("href");
            foreach (var body in new[] { $"Première question : {word} du budget.", "Deuxième question sans le mot." })
            {
                await page.GotoAsync(href + "/messages");
                await page.GetByLabel(en ? "Your message" : "Votre message").FillAsync(body);
                await page.GetByRole(AriaRole.Button, new() { Name = en ? "Send" : "Envoyer", Exact = true }).ClickAsync();
                await Assertions.Expect(page.Locator(".thread")).ToContainTextAsync(body);
            }

            await page.GetByLabel(en ? "Sort by" : "Trier par").SelectOptionAsync("-sent");
            await page.GetByRole(AriaRole.Button, new() { Name = en ? "Show" : "Afficher" }).ClickAsync();
            await Assertions.Expect(page.Locator(".thread > li").First).ToContainTextAsync("Deuxième question sans le mot.");

            await page.GetByLabel(en ? "Search the messages (text, author)" : "Rechercher dans les messages (texte, auteur)").FillAsync(word);
            await page.GetByRole(AriaRole.Button, new() { Name = en ? "Show" : "Afficher" }).ClickAsync();
            await Assertions.Expect(page.Locator(".thread > li")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator(".list-count")).ToContainTextAsync(en ? $"1 result for “{word}”" : $"1 résultat pour « {word} »");
            await LanguageScan.AssertLanguage(page, language,
                [.. Personas.Data, .. LanguageScan.DemoData, $"Première question : {word} du budget.", "Deuxième question sans le mot."]);
            await Snapshot(page, $"listes2-{language}-messages-recherche", language);
        });
    }
}
