using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class ManagerJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task A_manager_creates_and_publishes_a_call_then_screens_a_dossier()
    {
        var openCall = await host.Api.PublishedCall("Appel Mer et Numérique 2027");
        var (dossierId, reference) = await host.Api.SubmittedDossier(openCall, "PORT-TWIN");
        var page = await host.NewPage();
        await Journey(page, "manager", async () =>
        {
            await page.GotoAsync("/gestion/tableau-de-bord");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/connexion"));
            await page.GetByLabel("Adresse e-mail").FillAsync(WebFactory.ManagerEmail);
            await page.GetByLabel("Mot de passe").FillAsync(WebFactory.ManagerPassword);
            await Snapshot(page, "manager-01-connexion");
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tableau de bord");
            await Snapshot(page, "manager-02-tableau-de-bord");

            // A call whose milestones are out of order is refused on the right field, with everything typed kept.
            await page.GetByRole(AriaRole.Link, new() { Name = "Créer un appel à projets" }).ClickAsync();
            var create = page.GetByRole(AriaRole.Button, new() { Name = "Créer l'appel en brouillon" });
            await ReachableByKeyboard(page, create, maxTabs: 200);
            await page.GetByLabel("Titre").FillAsync("i-Démo régionalisé Bretagne 2028");
            await page.GetByLabel("Programme").FillAsync("i-Démo régionalisé BZH");
            await page.GetByLabel("Présentation").FillAsync("Projets d'innovation des PME et ETI bretonnes avec un laboratoire.");
            await page.GetByLabel("Normandie").UncheckAsync();
            await page.GetByLabel("Pays de la Loire").UncheckAsync();
            await page.GetByLabel("Ouverture des dépôts").FillAsync("2027-09-01T09:00");
            await page.GetByLabel("Date limite de dépôt").FillAsync("2027-08-19T12:00");
            await page.GetByLabel("Fin de l'évaluation par les experts").FillAsync("2028-01-15T18:00");
            await page.GetByLabel("Comité de labellisation").FillAsync("2028-01-28T14:00");
            await page.GetByLabel("Date limite des décisions de financement").FillAsync("2028-04-14T18:00");
            var bpifrance = page.GetByRole(AriaRole.Group, new() { Name = "Bpifrance (État)" });
            await bpifrance.GetByLabel("Ce financeur participe à l'appel").CheckAsync();
            await bpifrance.GetByLabel("Enveloppe (€)").FillAsync("4 000 000");
            var bretagne = page.GetByRole(AriaRole.Group, new() { Name = "Région Bretagne" });
            await bretagne.GetByLabel("Ce financeur participe à l'appel").CheckAsync();
            await bretagne.GetByLabel("Enveloppe (€)").FillAsync("2 500 000");
            await create.ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Les jalons doivent se suivre");
            await Assertions.Expect(page.GetByLabel("Date limite de dépôt")).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(page.Locator("#Input_SubmissionDeadline-error")).ToContainTextAsync("La date limite de dépôt doit venir après l'ouverture des dépôts");
            await Assertions.Expect(page.GetByLabel("Titre")).ToHaveValueAsync("i-Démo régionalisé Bretagne 2028");
            await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Région Bretagne" }).GetByLabel("Enveloppe (€)")).ToHaveValueAsync("2 500 000");
            await Snapshot(page, "manager-03-appel-erreur-calendrier");

            await page.GetByLabel("Date limite de dépôt").FillAsync("2027-12-15T12:00");
            await page.GetByText("Règles d'éligibilité et évaluation").ClickAsync();
            await page.GetByLabel("PME ou ETI au minimum").FillAsync("1");
            await page.GetByLabel("Partenaires au maximum (vide : sans limite)").FillAsync("5");
            await create.ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("L'appel est créé en brouillon");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("i-Démo régionalisé Bretagne 2028");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("15 décembre 2027 à 12 h 00");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("5 partenaires au plus");
            await Snapshot(page, "manager-04-appel-brouillon");

            // Publishing restates its consequences; "Annuler" leaves the call a draft, "Oui, publier l'appel" publishes it.
            await page.GetByRole(AriaRole.Button, new() { Name = "Publier l'appel" }).ClickAsync();
            var confirm = page.Locator(".confirm-step");
            await Assertions.Expect(confirm).ToContainTextAsync("L'appel devient visible de tous les porteurs de projet");
            await Assertions.Expect(confirm).ToContainTextAsync("Bpifrance (État) (4 000 000,00 €)");
            await Snapshot(page, "manager-04b-appel-publication-a-confirmer");
            await confirm.GetByRole(AriaRole.Link, new() { Name = "Annuler" }).ClickAsync();
            await Assertions.Expect(page.Locator(".badge").First).ToHaveTextAsync("Brouillon");
            await page.GetByRole(AriaRole.Button, new() { Name = "Publier l'appel" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Oui, publier l'appel" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("les dépôts ouvriront le 1er septembre 2027 à 9 h 00");
            await Assertions.Expect(page.Locator(".badge").First).ToHaveTextAsync("Publié, pas encore ouvert");
            await Snapshot(page, "manager-05-appel-publie");

            // Dossiers table, filtered by call and status, then screening.
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Dossiers" }).ClickAsync();
            await page.GetByLabel("Appel à projets").SelectOptionAsync(new SelectOptionValue { Label = "Appel Mer et Numérique 2027" });
            await page.GetByLabel("Statut").SelectOptionAsync(new SelectOptionValue { Label = "Déposé" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("PORT-TWIN");
            await Snapshot(page, "manager-06-dossiers-filtres");

            await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
            await page.GetByRole(AriaRole.Radio, new() { Name = "Irrecevable" }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'examen" }).ClickAsync();
            await Assertions.Expect(page.Locator("#Screening_Reason-error")).ToContainTextAsync("Motif : le motif est obligatoire");
            await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Irrecevable" })).ToBeCheckedAsync();
            await Snapshot(page, "manager-07-examen-erreur");

            await page.GetByLabel("Recevable : il sera confié aux experts").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'examen" }).ClickAsync();
            await Assertions.Expect(page.Locator(".confirm-step")).ToContainTextAsync("Le consortium est prévenu de l'examen");
            await page.GetByRole(AriaRole.Button, new() { Name = "Oui, enregistrer l'examen" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("déclaré recevable");
            await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Examen de recevabilité" })).ToContainTextAsync("Déclaré recevable le 15 juin 2027 à 10 h 00");
            await Snapshot(page, "manager-08-dossier-recevable");
            Assert.Equal(dossierId.ToString(), page.Url.Split('/')[^1]);

            await page.GotoAsync("/gestion/messages");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Messages en échec");
            await Snapshot(page, "manager-09-messages-en-echec");
        });
    }
}
