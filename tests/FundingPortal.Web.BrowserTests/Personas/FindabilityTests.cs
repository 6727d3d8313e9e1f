using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using FundingPortal.Web.BrowserTests.Languages;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Personas;

/// <summary>
/// Lists searched and sorted on the server with a count (issue 19 item 7), the dossier's steps marked done or to do,
/// and forms that name every field in error at once, in both languages.
/// </summary>
[Collection(DemoWalkCollection.Name)]
public sealed class FindabilityTests(DemoWalkHost host)
{
    private static readonly string[] CallTitles = ["Appel FUI-Régions — session d'automne (clos)", "Appel à projets collaboratifs — Grand-Ouest numérique"];

    public static TheoryData<string> BothLanguages => new() { "fr", "en" };

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task The_calls_list_is_searched_sorted_and_counted_and_says_so_when_nothing_matches(string language)
    {
        var page = await Personas.SignedIn(host, WebFactory.ManagerEmail, language, WebFactory.ManagerPassword);
        var en = language == "en";
        await Journey(page, $"listes-{language}-appels", async () =>
        {
            await page.GotoAsync("/appels");
            await Assertions.Expect(page.GetByRole(AriaRole.Search)).ToBeVisibleAsync();
            var total = await page.Locator("tbody tr").CountAsync();
            await Assertions.Expect(page.Locator(".list-count")).ToHaveTextAsync(new Regex($"^\\s*{total} {(en ? "results?" : "résultats?")}\\s*$"));

            await page.GetByLabel(en ? "Sort by" : "Trier par").SelectOptionAsync(new SelectOptionValue { Label = en ? "Title, A to Z" : "Titre, de A à Z" });
            await page.GetByRole(AriaRole.Button, new() { Name = en ? "Show" : "Afficher" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("tri=title"));
            var titles = await page.Locator("tbody tr td:first-child").AllTextContentsAsync();
            Assert.Equal(titles.Select(t => t.Trim().ToLowerInvariant()).Order(StringComparer.Ordinal), titles.Select(t => t.Trim().ToLowerInvariant()));
            await LanguageScan.AssertLanguage(page, language, [.. CallTitles, .. LanguageScan.DemoData]);
            await Snapshot(page, $"listes-{language}-appels-tri-titre", language);

            await page.GetByLabel(en ? "Search (title, programme)" : "Rechercher (titre, programme)").FillAsync("automne");
            await page.GetByRole(AriaRole.Button, new() { Name = en ? "Show" : "Afficher" }).ClickAsync();
            await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator(".list-count")).ToContainTextAsync(en ? "1 result for “automne”" : "1 résultat pour « automne »");
            await Assertions.Expect(page.GetByLabel(en ? "Sort by" : "Trier par")).ToHaveValueAsync("title");
            await Snapshot(page, $"listes-{language}-appels-recherche", language);

            await page.GetByLabel(en ? "Search (title, programme)" : "Rechercher (titre, programme)").FillAsync("aéronautique");
            await page.GetByRole(AriaRole.Button, new() { Name = en ? "Show" : "Afficher" }).ClickAsync();
            await Assertions.Expect(page.Locator("table")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator(".list-count")).ToContainTextAsync(en ? "0 results" : "0 résultat");
            await Assertions.Expect(page.GetByText(en ? "Nothing matches this search" : "Aucun élément ne correspond à cette recherche")).ToBeVisibleAsync();
            await LanguageScan.AssertLanguage(page, language, [.. CallTitles, .. LanguageScan.DemoData, "aéronautique"]);
            await Snapshot(page, $"listes-{language}-appels-aucun", language);
        });
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task An_expert_finds_an_assignment_by_its_acronym_and_the_list_keeps_the_search_and_order(string language)
    {
        var page = await Personas.SignedIn(host, Personas.Expert, language);
        var en = language == "en";
        await Journey(page, $"listes-{language}-affectations", async () =>
        {
            await page.GotoAsync("/expert/affectations");
            var acronym = (await page.Locator("tbody tr td:first-child strong").First.TextContentAsync())!.Trim();
            await page.GetByLabel(en ? "Search (reference, acronym, title)" : "Rechercher (référence, acronyme, titre)").FillAsync(acronym.ToLowerInvariant());
            await page.GetByLabel(en ? "Sort by" : "Trier par").SelectOptionAsync("reference");
            await page.GetByRole(AriaRole.Button, new() { Name = en ? "Show" : "Afficher" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("recherche=.*&tri=reference"));
            var rows = page.Locator("tbody tr");
            Assert.True(await rows.CountAsync() >= 1);
            foreach (var row in await rows.AllAsync())
            {
                await Assertions.Expect(row).ToContainTextAsync(acronym);
            }

            await Assertions.Expect(page.Locator(".list-count")).ToContainTextAsync(acronym.ToLowerInvariant());
            await LanguageScan.AssertLanguage(page, language, [.. Personas.Data, .. LanguageScan.DemoData]);
            await Snapshot(page, $"listes-{language}-affectations-recherche", language);
        });
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task The_lead_sees_which_steps_are_done_and_which_are_to_do_from_the_submit_checklist(string language)
    {
        var page = await Personas.SignedIn(host, Personas.Lead, language);
        var en = language == "en";
        await Journey(page, $"listes-{language}-etapes", async () =>
        {
            await page.GotoAsync("/dossiers");
            var href = await page.Locator("tbody tr").Filter(new() { HasText = "OCÉAN-5G" }).First.Locator("a").First.GetAttributeAsync("href");
            await page.GotoAsync(href + "/projet");
            var steps = page.GetByRole(AriaRole.Navigation, new() { Name = en ? "Proposal steps" : "Étapes du dossier" });
            var marked = steps.Locator("a:has(.step-mark)");
            await Assertions.Expect(marked).ToHaveCountAsync(4);
            var issues = await page.Locator("aside.why li[data-code]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.code)");
            var budgetsToDo = issues.Any(c => c is "partner_without_budget" or "budget_below_minimum" or "budget_above_maximum" or "partner_share_too_high");
            await Assertions.Expect(steps.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(en ? "Budgets" : "Budgets") }))
                .ToHaveAccessibleNameAsync(new Regex(budgetsToDo ? (en ? @"\(to do\)$" : @"\(à compléter\)$") : (en ? @"\(done\)$" : @"\(terminé\)$")));
            var projectToDo = issues.Any(c => c is "missing_field" or "duration_out_of_range");
            await Assertions.Expect(steps.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(en ? "Project" : "Projet") }))
                .ToHaveAccessibleNameAsync(new Regex(projectToDo ? (en ? @"\(to do\)$" : @"\(à compléter\)$") : (en ? @"\(done\)$" : @"\(terminé\)$")));
            await LanguageScan.AssertLanguage(page, language, [.. Personas.Data, .. LanguageScan.DemoData]);
            await Snapshot(page, $"listes-{language}-etapes-marques", language);
        });
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task The_project_form_names_every_field_in_error_at_once_and_saves_nothing(string language)
    {
        var page = await Personas.SignedIn(host, Personas.Lead, language);
        var en = language == "en";
        await Journey(page, $"listes-{language}-projet-erreurs", async () =>
        {
            await page.GotoAsync("/dossiers");
            var href = await page.Locator("tbody tr").Filter(new() { HasText = "OCÉAN-5G" }).First.Locator("a").First.GetAttributeAsync("href");
            await page.GotoAsync(href + "/projet");
            await page.GetByLabel(en ? "Project acronym" : "Acronyme du projet").FillAsync("");
            await page.GetByLabel(en ? "Project title" : "Titre du projet").FillAsync("");
            await page.GetByLabel(en ? "TRL aimed for" : "TRL visé").FillAsync("12");
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(en ? "^Save" : "^Enregistrer") }).First.ClickAsync();

            var summary = page.Locator(".error-summary");
            await Assertions.Expect(summary).ToBeVisibleAsync();
            await Assertions.Expect(summary.Locator("li")).ToHaveCountAsync(3);
            await Assertions.Expect(summary).ToContainTextAsync(en ? "Project acronym: " : "Acronyme du projet : ");
            await Assertions.Expect(summary).ToContainTextAsync(en ? "Project title: " : "Titre du projet : ");
            await Assertions.Expect(summary).ToContainTextAsync(en ? "TRL aimed for at the end of the project: " : "TRL visé en fin de projet : ");
            await LanguageScan.AssertLanguage(page, language, [.. Personas.Data, .. LanguageScan.DemoData]);
            await Snapshot(page, $"listes-{language}-projet-erreurs", language);

            await page.GotoAsync(href + "/projet");
            await Assertions.Expect(page.GetByLabel(en ? "Project acronym" : "Acronyme du projet")).ToHaveValueAsync("OCÉAN-5G");
        });
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task The_home_cards_side_by_side_start_at_the_same_height(string language)
    {
        var page = await host.NewPage();
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync($"/langue/{language}?retour=%2F");
        await Journey(page, $"listes-{language}-accueil", async () =>
        {
            var cards = await page.Locator(".cards > .card").AllAsync();
            Assert.True(cards.Count >= 2);
            var boxes = new List<LocatorBoundingBoxResult>();
            foreach (var card in cards)
            {
                boxes.Add((await card.BoundingBoxAsync())!);
            }

            Assert.True(boxes[1].X > boxes[0].X, "the first two cards are side by side at 1280 px");
            Assert.Equal(boxes[0].Y, boxes[1].Y, 0.5);
            Assert.Equal(boxes[0].Height, boxes[1].Height, 0.5);
            await Snapshot(page, $"listes-{language}-accueil-cartes", language);
        });
    }
}
