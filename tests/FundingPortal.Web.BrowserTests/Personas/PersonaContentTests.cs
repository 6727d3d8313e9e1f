using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using FundingPortal.Web.BrowserTests.Languages;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Personas;

/// <summary>
/// Each persona sees what their role needs and nothing meant for another: the consortium's submit checklist, its
/// "start a proposal" button and its numbered steps are the consortium's alone.
/// </summary>
[Collection(DemoWalkCollection.Name)]
public sealed class PersonaContentTests(DemoWalkHost host)
{
    public static TheoryData<string> BothLanguages => new() { "fr", "en" };

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task A_manager_follows_a_dossier_s_status_screening_and_reviews_and_never_gets_the_consortium_s_submit_checklist(string language)
    {
        var page = await Personas.SignedIn(host, WebFactory.ManagerEmail, language, WebFactory.ManagerPassword);
        await Journey(page, $"personas-{language}-gestion-dossier", async () =>
        {
            await OpenDossier(page, "VIDÉO-ÉCO");
            var panel = page.GetByRole(AriaRole.Complementary);
            await Assertions.Expect(panel.GetByRole(AriaRole.Heading, new() { Name = language == "en" ? "Proposal follow-up" : "Suivi du dossier" })).ToBeVisibleAsync();
            await Assertions.Expect(panel).ToContainTextAsync(language == "en" ? "1/2 reviews submitted." : "1/2 évaluations rendues.");
            await Assertions.Expect(panel).ToContainTextAsync(language == "en" ? "Found eligible." : "Jugé recevable.");
            await Assertions.Expect(page.GetByText(language == "en" ? "Why can't I submit?" : "Pourquoi ne puis-je pas déposer ?")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByText(language == "en" ? "block the submission" : "bloque le dépôt")).ToHaveCountAsync(0);
            await TabsAreUnnumbered(page);
            await LanguageScan.AssertLanguage(page, language, Personas.Data);
            await Snapshot(page, $"personas-{language}-gestion-dossier-suivi", language);
        });
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task An_expert_s_dossier_list_and_way_back_lead_to_their_reviews_without_a_button_to_start_a_dossier(string language)
    {
        var page = await Personas.SignedIn(host, Personas.Expert, language);
        await Journey(page, $"personas-{language}-expert", async () =>
        {
            await page.GotoAsync("/dossiers");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(language == "en" ? "Proposals given to me for review" : "Dossiers confiés pour évaluation");
            await NoConsortiumContent(page, language);
            await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = language == "en" ? "My reviews" : "Mes évaluations" })).ToBeVisibleAsync();
            await LanguageScan.AssertLanguage(page, language, Personas.Data);
            await Snapshot(page, $"personas-{language}-expert-dossiers", language);

            await page.GotoAsync("/expert/affectations");
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(language == "en" ? "^See my review" : "^Voir mon évaluation") }).First.ClickAsync();
            var dossierLink = page.Locator("a[href^='/dossiers/']").First;
            if (await dossierLink.CountAsync() > 0)
            {
                await dossierLink.ClickAsync();
                await Assertions.Expect(page.Locator(".dossier-header .ref a").First).ToHaveAttributeAsync("href", "/expert/affectations");
                await TabsAreUnnumbered(page);
                await NoConsortiumContent(page, language);
                await LanguageScan.AssertLanguage(page, language, Personas.Data);
                await Snapshot(page, $"personas-{language}-expert-dossier", language);
            }
        });
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task A_funder_officer_has_a_to_do_list_with_due_dates_consistent_tabs_and_the_decided_evaluation(string language)
    {
        // The manager sends the funding requests of two labelled dossiers: LITTORAL-IOT (no review: labelled in the demo
        // seed) and CYBER-PORT (labelled after its two reviews).
        var manager = await Personas.SignedIn(host, WebFactory.ManagerEmail, language, WebFactory.ManagerPassword);
        foreach (var acronym in new[] { "LITTORAL-IOT", "CYBER-PORT" })
        {
            await OpenDossier(manager, acronym, "/financement");
            var send = manager.GetByRole(AriaRole.Button, new() { Name = language == "en" ? "Send the funding requests to the funders" : "Envoyer les demandes de financement aux financeurs" });
            if (await send.CountAsync() > 0)
            {
                await send.ClickAsync();
                await manager.GetByRole(AriaRole.Button, new() { Name = language == "en" ? "Yes, send the requests" : "Oui, envoyer les demandes" }).ClickAsync();
                await Assertions.Expect(manager.Locator(".notice-success")).ToBeVisibleAsync();
            }
        }

        var page = await Personas.SignedIn(host, Personas.Officer, language);
        await Journey(page, $"personas-{language}-financeur", async () =>
        {
            await page.GotoAsync("/financeur/demandes");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = language == "en" ? "To do" : "À traiter" })).ToBeVisibleAsync();
            var todo = page.Locator("table").First;
            await Assertions.Expect(todo.Locator("caption")).ToContainTextAsync(language == "en" ? "await your decision" : "attendent votre décision");
            await Assertions.Expect(todo).ToContainTextAsync("CYBER-PORT");
            await Assertions.Expect(todo).ToContainTextAsync("LITTORAL-IOT");
            await Assertions.Expect(todo).Not.ToContainTextAsync("MARÉE-IA");
            await Assertions.Expect(todo.Locator("thead")).ToContainTextAsync(language == "en" ? "Decision due by" : "Décision attendue avant le");
            await LanguageScan.AssertLanguage(page, language, Personas.Data);
            await Snapshot(page, $"personas-{language}-financeur-a-traiter", language);

            await page.GotoAsync("/dossiers");
            await NoConsortiumContent(page, language);
            await Snapshot(page, $"personas-{language}-financeur-dossiers", language);

            await page.GotoAsync("/financeur/demandes");
            await todo.GetByRole(AriaRole.Link, new() { Name = language == "en" ? "Decide on the funding of CYBER-PORT" : "Décider du financement de CYBER-PORT" }).ClickAsync();
            await TabsAreUnnumbered(page);
            await Assertions.Expect(page.Locator(".dossier-header .ref a").First).ToHaveAttributeAsync("href", "/financeur/demandes");
            await page.GetByRole(AriaRole.Navigation, new() { Name = language == "en" ? "Proposal steps" : "Étapes du dossier" })
                .GetByRole(AriaRole.Link, new() { Name = language == "en" ? "Evaluation" : "Évaluation", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(language == "en" ? "2 reviews submitted out of 2." : "2 évaluations rendues sur 2.");
            await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(language == "en" ? "No review submitted yet" : "Aucune évaluation rendue");
            await LanguageScan.AssertLanguage(page, language, Personas.Data);
            await Snapshot(page, $"personas-{language}-financeur-evaluation", language);
        });
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task The_dossier_list_searches_on_the_server_and_counts_what_it_found(string language)
    {
        var page = await Personas.SignedIn(host, WebFactory.ManagerEmail, language, WebFactory.ManagerPassword);
        await Journey(page, $"personas-{language}-recherche", async () =>
        {
            await page.GotoAsync("/dossiers");
            await page.GetByLabel(language == "en" ? "Search (reference, acronym, title)" : "Rechercher (référence, acronyme, titre)").FillAsync("cyber");
            await page.GetByRole(AriaRole.Button, new() { Name = language == "en" ? "Show" : "Afficher", Exact = true }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("recherche=cyber"));
            await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("tbody tr")).ToContainTextAsync("CYBER-PORT");
            await Assertions.Expect(page.Locator("caption")).ToHaveTextAsync(language == "en" ? "1 proposal matching “cyber”" : "1 dossier correspondant à « cyber »");
            await LanguageScan.AssertLanguage(page, language, Personas.Data);
            await Snapshot(page, $"personas-{language}-dossiers-recherche", language);
        });
    }

    private static async Task OpenDossier(IPage page, string acronym, string step = "")
    {
        await page.GotoAsync("/dossiers");
        var href = await page.Locator("tbody tr").Filter(new() { HasText = acronym }).First.Locator("a").First.GetAttributeAsync("href");
        await page.GotoAsync(href + step);
    }

    private static async Task TabsAreUnnumbered(IPage page)
    {
        var tabs = await page.Locator("ul.steps a").AllTextContentsAsync();
        Assert.NotEmpty(tabs);
        Assert.All(tabs, t => Assert.DoesNotMatch(@"^\s*\d+\.", t));
    }

    private static async Task NoConsortiumContent(IPage page, string language)
    {
        await Assertions.Expect(page.GetByText(language == "en" ? "Start a proposal" : "Créer un dossier")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = language == "en" ? "My proposals" : "Mes dossiers", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText(language == "en" ? "Why can't I submit?" : "Pourquoi ne puis-je pas déposer ?")).ToHaveCountAsync(0);
    }
}
