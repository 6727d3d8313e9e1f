using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class ApplicantJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task An_applicant_signs_up_builds_a_consortium_and_submits_with_a_receipt()
    {
        var callId = await host.Api.PublishedCall("Appel à projets collaboratifs 2027");
        var lab = await host.Api.NewOrganisation("Laboratoire Atlantique de Recherche en Réseaux", "Research", "FR-PDL");
        var industry = await host.Api.NewOrganisation("Normandie Composants Industries", "Large", "FR-NOR");
        await host.Api.NewExpert(callId, "Dr Yves Le Bihan", ["5G"]);
        var page = await host.NewPage();
        await Journey(page, "applicant", async () =>
        {
            var email = $"claire.martin.{Guid.NewGuid():N}@ondes-armor.fr";

            // Sign up.
            await page.GotoAsync("/inscription");
            await ReachableByKeyboard(page, page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }));
            await page.GetByLabel("Adresse e-mail professionnelle").FillAsync(email);
            await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(ApiArrange.Password);
            await page.GetByLabel("Confirmez le mot de passe").FillAsync(ApiArrange.Password);
            await Snapshot(page, "applicant-01-inscription");
            await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();

            // Signing up never says whether the address had an account: the next step is signing in, address filled in.
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Un e-mail vient d'être envoyé");
            await Assertions.Expect(page.GetByLabel("Adresse e-mail")).ToHaveValueAsync(email);
            await page.GetByLabel("Mot de passe").FillAsync(ApiArrange.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/organisation$"));

            // An invalid SIREN is explained next to the field, and nothing typed is lost.
            await page.GetByLabel("Raison sociale").FillAsync("Ondes d'Armor SAS");
            await page.GetByLabel("SIREN", new() { Exact = true }).FillAsync("732829321");
            await page.GetByLabel("Catégorie").SelectOptionAsync(new SelectOptionValue { Label = "PME" });
            await page.GetByLabel("Région du site de R&D").SelectOptionAsync(new SelectOptionValue { Label = "Bretagne" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon organisation" }).ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("SIREN");
            await Assertions.Expect(page.Locator("#Input_Siren-error")).ToContainTextAsync("clé de contrôle");
            await Assertions.Expect(page.GetByLabel("SIREN", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(page.GetByLabel("Raison sociale")).ToHaveValueAsync("Ondes d'Armor SAS");
            await Assertions.Expect(page.GetByLabel("Région du site de R&D")).ToHaveValueAsync("FR-BRE");
            await Snapshot(page, "applicant-02-organisation-siren-invalide");

            await page.GetByLabel("SIREN", new() { Exact = true }).FillAsync(ApiArrange.NextSiren());
            await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon organisation" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ondes d'Armor SAS");
            await Snapshot(page, "applicant-03-organisation");

            // Open calls, with the deadline in Paris time and a countdown.
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Appels à projets" }).ClickAsync();
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Appel à projets collaboratifs 2027" });
            await Assertions.Expect(row).ToContainTextAsync("19 octobre 2027 à 18 h 00");
            await Assertions.Expect(row.Locator(".countdown")).ToContainTextAsync("Clôture dans 126 jours");
            await Snapshot(page, "applicant-04-appels");

            // Create the dossier from the call.
            await row.GetByRole(AriaRole.Link, new() { Name = "Appel à projets collaboratifs 2027" }).ClickAsync();
            await page.GetByLabel("Acronyme du projet").FillAsync("OCÉAN-5G");
            await page.GetByLabel("Titre du projet").FillAsync("Réseaux 5G privés pour les ports de l'Ouest");
            await page.GetByLabel("Résumé").FillAsync("Des réseaux 5G privés, sobres et sûrs, pour les opérations portuaires de Brest, Cherbourg et Saint-Nazaire.");
            await page.GetByLabel("Mots-clés").FillAsync("5G, ports, cybersécurité");
            await page.GetByLabel("Durée du projet (en mois)").FillAsync("36");
            await Snapshot(page, "applicant-05-appel-creer-dossier");
            await page.GetByRole(AriaRole.Button, new() { Name = "Créer le dossier" }).PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dossiers/[0-9a-f-]+/partenaires$"));
            var dossierUrl = page.Url[..page.Url.LastIndexOf('/')];

            // The lead may exclude an expert of the call's public list before submitting.
            await page.GotoAsync($"{dossierUrl}/projet");
            await page.GetByRole(AriaRole.Group, new() { Name = "Experts qui n'évalueront pas ce dossier" }).GetByLabel("Dr Yves Le Bihan").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les récusations" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("1 expert est récusé");
            await Snapshot(page, "applicant-05b-projet-recusations");
            await page.GotoAsync($"{dossierUrl}/partenaires");

            // "Why can't I submit?" lists what is missing.
            var why = page.GetByRole(AriaRole.Complementary, new() { Name = "Pourquoi ne puis-je pas déposer ?" });
            await Assertions.Expect(why).ToContainTextAsync("au moins 1 organisme de recherche");
            await Assertions.Expect(why).ToContainTextAsync("Le budget d'Ondes d'Armor SAS n'est pas encore renseigné");

            // Partners: by SIREN, then by name.
            await page.GetByLabel("SIREN ou nom de l'organisation").FillAsync(lab.Siren);
            await page.GetByRole(AriaRole.Button, new() { Name = "Afficher", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = $"Ajouter {lab.Name} au consortium" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync($"Ajout au consortium : {lab.Name}");
            await page.GetByLabel("SIREN ou nom de l'organisation").FillAsync("Normandie Composants");
            await page.GetByRole(AriaRole.Button, new() { Name = "Afficher", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = $"Ajouter {industry.Name} au consortium" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table).First).ToContainTextAsync(industry.Name);
            await Snapshot(page, "applicant-06-partenaires");

            // Budgets: "abc" and "-5" in two partners' fields are both refused at once, each message naming its field and partner,
            // and everything typed stays, for every partner (one form for all: saving never drops another partner's typing).
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Étapes du dossier" }).GetByRole(AriaRole.Link, new() { Name = "3. Budgets" }).ClickAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Aucun budget n'est encore saisi");
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("100 %");
            await Snapshot(page, "applicant-07a-budgets-vides");
            var leadBudget = page.GetByRole(AriaRole.Group, new() { Name = "Ondes d'Armor SAS (chef de file)", Exact = true });
            var labBudget = page.GetByRole(AriaRole.Group, new() { Name = lab.Name, Exact = true });
            await leadBudget.GetByLabel("Personnel (€)").FillAsync("450 000");
            await leadBudget.GetByLabel("Frais généraux (€)").FillAsync("abc");
            await labBudget.GetByLabel("Personnel (€)").FillAsync("300 000");
            await labBudget.GetByLabel("Sous-traitance (€)").FillAsync("-5");
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les budgets" }).ClickAsync();
            var summary = page.Locator(".error-summary");
            await Assertions.Expect(summary.Locator("li")).ToHaveCountAsync(2);
            await Assertions.Expect(summary).ToContainTextAsync("Frais généraux — Ondes d'Armor SAS : saisissez un montant en euros");
            await Assertions.Expect(summary).ToContainTextAsync($"Sous-traitance — {lab.Name} : le montant ne peut pas être négatif");
            await Assertions.Expect(leadBudget.GetByLabel("Frais généraux (€)")).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(labBudget.GetByLabel("Sous-traitance (€)")).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(labBudget.Locator(".field-error")).ToContainTextAsync("Sous-traitance — ");
            await Assertions.Expect(leadBudget.GetByLabel("Personnel (€)")).ToHaveValueAsync("450 000");
            await Assertions.Expect(labBudget.GetByLabel("Personnel (€)")).ToHaveValueAsync("300 000");
            await Snapshot(page, "applicant-07-budget-erreurs");
            await summary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Sous-traitance") }).ClickAsync();
            await Assertions.Expect(labBudget.GetByLabel("Sous-traitance (€)")).ToBeFocusedAsync();

            await FillBudget(page, "Ondes d'Armor SAS (chef de file)", "450 000", "45 000", "30 000", "25 000");
            await FillBudget(page, lab.Name, "300 000", "30 000", "0", "20 000");
            await FillBudget(page, industry.Name, "350 000", "35 000", "40 000", "0");
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les budgets" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Budgets enregistrés : Ondes d'Armor SAS : 550 000,00 €");
            await Assertions.Expect(page.Locator("table").First.Locator("tfoot")).ToContainTextAsync("1 325 000,00 €");
            await Assertions.Expect(why).ToContainTextAsync("Rien ne bloque le dépôt");
            await Snapshot(page, "applicant-08-budgets");

            // On a tablet the panel comes first and nothing scrolls sideways.
            await page.SetViewportSizeAsync(768, 1024);
            await Snapshot(page, "applicant-08b-budgets-tablette");
            await page.SetViewportSizeAsync(1280, 900);

            // An annex in PDF.
            await page.GotoAsync($"{dossierUrl}/pieces-jointes");
            await page.GetByLabel("Type de pièce").SelectOptionAsync(new SelectOptionValue { Label = "Annexe" });
            await page.GetByLabel("Fichier PDF (10 Mo au plus)").SetInputFilesAsync(new FilePayload
            {
                Name = "annexe-technique.pdf", MimeType = "application/pdf", Buffer = TestPdf.Minimal("Annexe technique"),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Joindre le fichier" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "annexe-technique.pdf" })).ToBeVisibleAsync();
            await Snapshot(page, "applicant-09-pieces-jointes");

            // Submit: a clear confirmation with the receipt.
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Étapes du dossier" }).GetByRole(AriaRole.Link, new() { Name = "5. Dépôt" }).ClickAsync();
            var submit = page.GetByRole(AriaRole.Button, new() { Name = "Déposer la version 1 du dossier" });
            await ReachableByKeyboard(page, submit);
            await Snapshot(page, "applicant-10-depot");
            await submit.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre dossier est déposé");
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("15 juin 2027 à 10 h 00");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Accusé de réception n° .+") })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("receipt-sha256")).ToHaveTextAsync(new Regex("^[0-9a-f]{64}$"));
            await Assertions.Expect(page.Locator(".receipt")).ToContainTextAsync("annexe-technique.pdf");
            await Assertions.Expect(page.Locator(".receipt")).ToContainTextAsync("1 325 000,00 €");
            await Snapshot(page, "applicant-11-accuse-de-reception");

            // The worker produces the receipt PDF: the documents step offers it once ready.
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Étapes du dossier" }).GetByRole(AriaRole.Link, new() { Name = "Documents" }).ClickAsync();
            var receiptRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Accusé de réception" });
            for (var attempt = 0; attempt < 30 && !await receiptRow.GetByRole(AriaRole.Link).IsVisibleAsync(); attempt++)
            {
                await Task.Delay(1000);
                await page.ReloadAsync();
            }

            var download = receiptRow.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Télécharger \\(PDF") });
            await Assertions.Expect(download).ToBeVisibleAsync();
            var pdf = await page.Context.APIRequest.GetAsync((await download.GetAttributeAsync("href"))!);
            Assert.Equal("application/pdf", pdf.Headers["content-type"]);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]));
            await Snapshot(page, "applicant-12-documents");

            await page.GetByRole(AriaRole.Link, new() { Name = "Versions déposées" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("(celle qui compte)");
            await Snapshot(page, "applicant-13-versions");

            // While the call is open the annex can be replaced, then deleted (after a confirmation); the submitted version keeps its file.
            await page.GotoAsync($"{dossierUrl}/pieces-jointes");
            await Snapshot(page, "applicant-13a-pieces-avant");
            await page.GetByLabel("Nouveau fichier PDF pour annexe-technique.pdf").SetInputFilesAsync(new FilePayload
            {
                Name = "annexe-technique-v2.pdf", MimeType = "application/pdf", Buffer = TestPdf.Minimal("Annexe technique, version 2"),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Remplacer annexe-technique.pdf" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Le fichier est remplacé par annexe-technique-v2.pdf");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "annexe-technique-v2.pdf" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "annexe-technique.pdf", Exact = true })).ToHaveCountAsync(0);
            await Snapshot(page, "applicant-13b-piece-remplacee");
            await page.GetByRole(AriaRole.Button, new() { Name = "Supprimer annexe-technique-v2.pdf" }).ClickAsync();
            await Assertions.Expect(page.Locator(".confirm-step")).ToContainTextAsync("Les versions déjà déposées gardent leurs pièces jointes.");
            await Snapshot(page, "applicant-13c-suppression-a-confirmer");
            await page.Locator(".confirm-step").GetByRole(AriaRole.Link, new() { Name = "Annuler" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "annexe-technique-v2.pdf" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Supprimer annexe-technique-v2.pdf" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Oui, supprimer la pièce" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Le fichier annexe-technique-v2.pdf est supprimé du dossier");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Aucune pièce jointe pour le moment.");
            await Snapshot(page, "applicant-13d-piece-supprimee");
            await page.GotoAsync($"{dossierUrl}/versions/1");
            await Assertions.Expect(page.Locator(".receipt")).ToContainTextAsync("annexe-technique.pdf");
            await page.GotoAsync($"{dossierUrl}/versions");
            await page.GetByRole(AriaRole.Link, new() { Name = "Historique" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Dossier déposé");
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Journal intègre");
            await Snapshot(page, "applicant-14-historique");

            await page.GotoAsync("/dossiers");
            await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Déposé");
            await Snapshot(page, "applicant-15-mes-dossiers");

            // A dossier of someone else, or no dossier at all: a French page, not a bare status.
            await page.GotoAsync($"/dossiers/{Guid.NewGuid()}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page introuvable");
            await Accessible(page);

            await page.GotoAsync("/dossiers");
            await page.GetByRole(AriaRole.Link, new() { Name = "Notifications" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Notifications");
            await Snapshot(page, "applicant-16-notifications");
            Assert.NotEqual(Guid.Empty, callId);
        });
    }

    private static async Task FillBudget(IPage page, string legend, string personnel, string overheads, string subcontracting, string equipment)
    {
        var form = page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
        await form.GetByLabel("Personnel (€)").FillAsync(personnel);
        await form.GetByLabel("Frais généraux (€)").FillAsync(overheads);
        await form.GetByLabel("Sous-traitance (€)").FillAsync(subcontracting);
        await form.GetByLabel("Équipements (€)").FillAsync(equipment);
        await form.GetByLabel("Autres dépenses (€)").FillAsync("");
    }
}
