using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using FundingPortal.Web.BrowserTests.Languages;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;
using static FundingPortal.Web.BrowserTests.Infrastructure.SignInSteps;

namespace FundingPortal.Web.BrowserTests.Journeys;

/// <summary>A two-stage call: the consortium estimates and submits its pre-proposal, the manager shortlists it, the consortium submits the full dossier.</summary>
[Collection(TwoStageCollection.Name)]
public sealed class TwoStageJourneyTests(TwoStageHost host)
{
    private static readonly DateTimeOffset AfterPreProposalDeadline = new(2027, 9, 15, 10, 5, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_pre_proposal_is_shortlisted_and_its_consortium_submits_the_full_dossier()
    {
        var callId = await host.Api.PublishedCall("Appel Santé 2027 en deux étapes", "2027-10-19T18:00:00", "2027-09-15T12:00:00");
        var email = $"etape-{Guid.NewGuid():N}@exemple.test";
        var lead = await host.Api.NewOrganisation("Étape Santé SAS", "Sme", "FR-BRE", email);
        var lab = await host.Api.NewOrganisation("Laboratoire ÉTAPE", "Research", "FR-BRE");
        var industry = await host.Api.NewOrganisation("ÉTAPE Industrie", "Large", "FR-NOR");
        var created = await (await lead.Client.PostAsJsonAsync($"/api/calls/{callId}/proposals", new
        {
            acronym = "ÉTAPE", title = "Suivi des patients par capteurs sobres", summary = "Des capteurs sobres pour suivre les patients à domicile.",
            keywords = new[] { "santé", "capteurs" }, trlStart = 3, trlTarget = 6, durationMonths = 36,
        })).Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        var dossierId = created!["id"]!.GetValue<Guid>();
        foreach (var partner in new[] { lab, industry })
        {
            Assert.True((await lead.Client.PostAsJsonAsync($"/api/proposals/{dossierId}/partners", new { organisationId = partner.Id })).IsSuccessStatusCode);
        }

        var page = await host.NewPage();
        await Journey(page, "deux-etapes", async () =>
        {
            await SignIn(page, email, ApiArrange.Password);
            await page.GotoAsync($"/dossiers/{dossierId}");
            await Assertions.Expect(page.Locator(".dossier-header")).ToContainTextAsync("Pré-proposition");
            await page.GetByRole(AriaRole.Link, new() { Name = "3. Totaux estimés" }).ClickAsync();
            foreach (var (name, total) in new[] { ("d'Étape Santé SAS", "600000"), ("de Laboratoire ÉTAPE", "350000"), ("d'ÉTAPE Industrie", "450000") })
            {
                await page.GetByLabel($"Total estimé {name} (€)").FillAsync(total);
                await page.GetByRole(AriaRole.Button, new() { Name = $"Enregistrer le total estimé {name}" }).ClickAsync();
                await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Total estimé enregistré");
            }

            await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(new Regex(@"1\s400\s000,00"));
            await Snapshot(page, "deux-etapes-01-totaux-estimes");
            await LanguageScan.AssertLanguage(page, "fr", Data);
            await InEnglish(page, $"/dossiers/{dossierId}/estimations", "deux-etapes-01-en-estimated-totals", Data);

            await page.GotoAsync($"/dossiers/{dossierId}/depot");
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Déposer la version 1") }).ClickAsync();
            await Assertions.Expect(page.Locator(".dossier-header")).ToContainTextAsync("Pré-proposition déposée");
            await Snapshot(page, "deux-etapes-02-pre-proposition-deposee");

            host.Factory.Clock.SetUtcNow(AfterPreProposalDeadline);
            var consortium = page;
            page = await host.NewPage();
            await SignIn(page, WebFactory.ManagerEmail, WebFactory.ManagerPassword);
            await page.GotoAsync($"/appels/{callId}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Présélectionner les pré-propositions" }).ClickAsync();
            await Snapshot(page, "deux-etapes-03-preselection");
            await InEnglish(page, $"/appels/{callId}/preselection", "deux-etapes-03-en-shortlist", Data);
            await page.GetByRole(AriaRole.Group, new() { Name = "Décision pour ÉTAPE" }).GetByLabel("Inviter au dossier complet").CheckAsync();
            await page.GetByLabel("Retour au consortium (obligatoire s'il n'est pas retenu)").FillAsync("Précisez le plan d'accès au marché hospitalier.");
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Enregistrer la décision") }).ClickAsync();
            await Assertions.Expect(page.Locator(".confirm-step")).ToContainTextAsync("Inviter ÉTAPE à déposer le dossier complet ?");
            await Snapshot(page, "deux-etapes-04-preselection-a-confirmer");
            await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer la décision" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Décision enregistrée pour ÉTAPE : Invité au dossier complet.");

            page = consortium;
            await page.GotoAsync($"/dossiers/{dossierId}");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Pré-proposition retenue");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Précisez le plan d'accès au marché hospitalier.");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "3. Budgets" })).ToBeVisibleAsync();
            await Snapshot(page, "deux-etapes-05-invite-au-dossier-complet");

            foreach (var (organisation, personnel) in new[] { (lead, 500_000m), (lab, 300_000m), (industry, 400_000m) })
            {
                Assert.True((await lead.Client.PutAsJsonAsync($"/api/proposals/{dossierId}/partners/{organisation.Id}/budget",
                    new { personnel, overheads = 50_000m, subcontracting = 0m, equipment = 20_000m, otherCosts = 0m })).IsSuccessStatusCode);
            }

            await page.GotoAsync($"/dossiers/{dossierId}/depot");
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Déposer la version 2") }).ClickAsync();
            await Assertions.Expect(page.Locator(".dossier-header")).ToContainTextAsync("Déposé");
            await Assertions.Expect(page.Locator(".dossier-header")).ToContainTextAsync("Dossier complet");
            await Snapshot(page, "deux-etapes-06-dossier-complet-depose");
        });
    }

    private static readonly string[] Data =
    [
        "Appel Santé 2027 en deux étapes", "Suivi des patients par capteurs sobres", "Étape Santé SAS", "Laboratoire ÉTAPE", "ÉTAPE Industrie", "ÉTAPE",
    ];
}
