using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Languages;

/// <summary>
/// Every page of the dossiers, reviews, co-funding and calls, walked in French and in English by the demo's people:
/// each must be wholly in the chosen language (<see cref="LanguageScan"/>), pass the page checks, and leave a screenshot.
/// </summary>
[Collection(DemoWalkCollection.Name)]
public sealed partial class ProposalPagesLanguageTests(DemoWalkHost host)
{
    private const string Lead = "claire.martin@ondes-bretonnes.fr";
    private const string Expert = "expert.a@experts-pole.fr";
    private const string Officer = "officier@bpifrance.fr";

    // The call's evaluation grid and the data typed by the demo's French users, shown as they were written.
    private static readonly string[] Data =
    [
        "Caractère innovant", "Marché et impact économique", "Qualité du consortium et rôle des PME", "Faisabilité technique et programme de travail",
        "Adéquation à la feuille de route du pôle", "Impact territorial",
    ];

    public static TheoryData<string> BothLanguages => new() { "fr", "en" };

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task The_consortium_reads_every_step_of_its_dossiers(string language)
    {
        var page = await SignedIn(Lead, language);
        await Journey(page, $"langue-{language}-consortium", async () =>
        {
            await Check(page, "/dossiers", language, "consortium-01-dossiers");
            var dossiers = await Dossiers(page);
            var ocean = dossiers["OCÉAN-5G"];
            string[] steps = ["", "/projet", "/partenaires", "/budgets", "/pieces-jointes", "/depot", "/versions", "/historique", "/documents", "/evaluation"];
            for (var i = 0; i < steps.Length; i++)
            {
                await Check(page, ocean + steps[i], language, $"consortium-{i + 2:00}-ocean{steps[i].Replace('/', '-')}");
            }

            var phare = dossiers["PHARE-NUM"];
            await Check(page, phare + "/evaluation", language, "consortium-12-phare-evaluation");
            await Check(page, phare + "/financement", language, "consortium-13-phare-financement");
            await Check(page, phare + "/versions/1", language, "consortium-14-phare-accuse");
            await Check(page, phare + "/historique", language, "consortium-15-phare-historique");
            await Check(page, "/appels", language, "consortium-16-appels");
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Grand-Ouest") }).ClickAsync();
            await Check(page, null, language, "consortium-17-appel");
        });
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task The_manager_reads_the_lists_the_ranking_the_co_funding_and_the_call_form(string language)
    {
        var page = await SignedIn(WebFactory.ManagerEmail, language, WebFactory.ManagerPassword);
        await Journey(page, $"langue-{language}-gestion", async () =>
        {
            await Check(page, "/dossiers", language, "gestion-01-dossiers");
            var dossiers = await Dossiers(page);
            await Check(page, dossiers["AGRI-IOT"], language, "gestion-02-agri-examen");
            await Check(page, dossiers["AGRI-IOT"] + "/evaluation", language, "gestion-03-agri-evaluation");
            await Check(page, dossiers["SANTÉ-EDGE"] + "/evaluation", language, "gestion-04-sante-evaluation");
            await Check(page, dossiers["LITTORAL-IOT"] + "/financement", language, "gestion-05-littoral-financement");
            // The first walk sends the requests; from then on the funders' decision forms are on the page, in either language.
            var send = page.GetByRole(AriaRole.Button, new() { Name = language == "en" ? "Send the funding requests to the funders" : "Envoyer les demandes de financement aux financeurs" });
            if (await send.CountAsync() > 0)
            {
                await send.ClickAsync();
                await Assertions.Expect(page.Locator(".confirm-step")).ToBeVisibleAsync();
                await Check(page, null, language, "gestion-05a-littoral-demandes-a-confirmer");
                await page.GetByRole(AriaRole.Button, new() { Name = language == "en" ? "Yes, send the requests" : "Oui, envoyer les demandes" }).ClickAsync();
                await Assertions.Expect(page.Locator(".notice-success")).ToBeVisibleAsync();
            }

            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(language == "en" ? "^Save the decision of" : "^Enregistrer la décision :") }).First).ToBeVisibleAsync();
            await Check(page, null, language, "gestion-05b-littoral-decisions");
            await Check(page, "/gestion/classement", language, "gestion-06-classement");
            await Check(page, "/gestion/cofinancement", language, "gestion-07-cofinancement");
            await Check(page, "/appels", language, "gestion-08-appels");
            await Check(page, "/appels/nouveau", language, "gestion-09-nouvel-appel");
            await page.GetByRole(AriaRole.Button, new() { Name = language == "en" ? "Create the call as a draft" : "Créer l'appel en brouillon" }).ClickAsync();
            // An empty call form lists every missing field at once, the title included, each message naming its field.
            var errors = page.Locator(".error-summary");
            await Assertions.Expect(errors.Locator("li")).ToHaveCountAsync(6);
            await Assertions.Expect(errors).ToContainTextAsync(language == "en" ? "The title is required" : "Le titre est obligatoire");
            await Assertions.Expect(errors).ToContainTextAsync(language == "en" ? "Submission deadline: a date and time is required" : "Date limite de dépôt : date et heure obligatoires.");
            await Assertions.Expect(errors).ToContainTextAsync(language == "en" ? "Labelling committee: a date and time is required" : "Comité de labellisation : date et heure obligatoires.");
            await Assertions.Expect(page.Locator("#Input_Title-error")).ToBeVisibleAsync();
            await Check(page, null, language, "gestion-10-nouvel-appel-erreurs");
        });
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task The_expert_reads_the_assignments_and_the_dossiers_evaluation(string language)
    {
        var page = await SignedIn(Expert, language);
        await Journey(page, $"langue-{language}-expert", async () =>
        {
            await Check(page, "/expert/affectations", language, "expert-01-affectations");
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(language == "en" ? "^See my review" : "^Voir mon évaluation") }).First.ClickAsync();
            await Check(page, null, language, "expert-02-evaluation");
        });
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task The_funder_officer_reads_the_requests_and_a_funding_plan(string language)
    {
        var page = await SignedIn(Officer, language);
        await Journey(page, $"langue-{language}-financeur", async () =>
        {
            await Check(page, "/financeur/demandes", language, "financeur-01-demandes");
            await page.GetByRole(AriaRole.Link, new() { Name = "PHARE-NUM" }).ClickAsync();
            await Check(page, null, language, "financeur-02-decision");
            await Check(page, page.Url.Replace("/financement", string.Empty, StringComparison.Ordinal), language, "financeur-03-synthese");
        });
    }

    private Task<IPage> SignedIn(string email, string language, string password = DemoWalkHost.DemoPassword) =>
        Personas.Personas.SignedIn(host, email, language, password);

    /// <summary>Opens the page (or checks the one on screen), scans its language, checks it and saves its screenshot.</summary>
    private static async Task Check(IPage page, string? path, string language, string name)
    {
        if (path is not null)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path}: {response?.Status}");
        }

        await LanguageScan.AssertLanguage(page, language, Data);
        await Snapshot(page, $"langue-{language}-{name}", language);
    }

    /// <summary>The dossiers of the list on screen, by acronym: "/dossiers/{id}".</summary>
    private static async Task<Dictionary<string, string>> Dossiers(IPage page)
    {
        var rows = await page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('tbody tr')].map(r => [r.querySelector('td:nth-child(2) strong')?.textContent ?? '', r.querySelector('a')?.getAttribute('href') ?? ''])
            """);
        var dossiers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            dossiers.TryAdd(row[0].Trim(), row[1]);
        }

        return dossiers;
    }
}
