using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;
using static FundingPortal.Web.BrowserTests.Infrastructure.SignInSteps;

namespace FundingPortal.Web.BrowserTests.Journeys;

/// <summary>After the deadline: the manager assigns experts, an expert scores, the committee labels, a funder officer decides.</summary>
[Collection(ClockMovingCollection.Name)]
public sealed class ReviewToFundingJourneyTests(ClockMovingHost host)
{
    private static readonly DateTimeOffset AfterDeadline = new(2027, 10, 19, 16, 5, 0, TimeSpan.Zero);

    [Fact]
    public async Task Experts_review_the_committee_labels_and_funders_decide()
    {
        var callId = await host.Api.PublishedCall("Appel Réseaux du futur 2027");
        var expertA = await host.Api.NewUser("anne.kerouac");
        var expertB = await host.Api.NewExpert(callId, "Pr Benoît Lemoine", ["jumeau numérique"]);
        var (dossierId, reference) = await host.Api.SubmittedDossier(callId, "NAVI-TWIN");
        var officer = await host.Api.NewUser("officier.bpifrance");
        host.Factory.Clock.SetUtcNow(AfterDeadline);

        var manager = await host.NewPage();
        await Journey(manager, "review-manager", async () =>
        {
            await SignIn(manager, WebFactory.ManagerEmail, WebFactory.ManagerPassword);
            await manager.GetByRole(AriaRole.Link, new() { Name = "Experts et financeurs" }).ClickAsync();
            await manager.GetByLabel("Adresse e-mail du compte").First.FillAsync(expertA.Email);
            await manager.GetByLabel("Nom affiché").FillAsync("Dr Anne Kerouac");
            await manager.GetByLabel("Domaines d'expertise").FillAsync("5G, ports");
            await manager.GetByLabel("Appel Réseaux du futur 2027").CheckAsync();
            await manager.GetByRole(AriaRole.Button, new() { Name = "Nommer l'expert" }).ClickAsync();
            await Assertions.Expect(manager.Locator(".notice-success")).ToContainTextAsync("Dr Anne Kerouac est expert");
            var officerForm = manager.GetByRole(AriaRole.Region, new() { Name = "Désigner un chargé de financement" });
            await officerForm.GetByLabel("Adresse e-mail du compte").FillAsync(officer.Email);
            await officerForm.GetByLabel("Financeur représenté").SelectOptionAsync(new SelectOptionValue { Label = "Bpifrance (État)" });
            await officerForm.GetByRole(AriaRole.Button, new() { Name = "Désigner" }).ClickAsync();
            await Assertions.Expect(manager.Locator(".notice-success")).ToContainTextAsync("représente désormais Bpifrance (État)");
            await Snapshot(manager, "review-00-experts-et-financeurs");

            // Automatic assignment says how many assignments it will make; "Annuler" makes none.
            await manager.GotoAsync($"/gestion/classement?appel={callId}");
            await manager.GetByRole(AriaRole.Button, new() { Name = "Affecter automatiquement les experts" }).ClickAsync();
            var confirm = manager.Locator(".confirm-step");
            await Assertions.Expect(confirm).ToContainTextAsync("2 affectations seront créées (1 dossier, 2 experts)");
            await Snapshot(manager, "review-01a-affectation-a-confirmer");
            await confirm.GetByRole(AriaRole.Link, new() { Name = "Annuler" }).ClickAsync();
            await Assertions.Expect(manager.Locator(".confirm-step")).ToHaveCountAsync(0);
            await manager.GotoAsync($"/dossiers/{dossierId}/evaluation");
            await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Aucun expert n'est encore affecté");
            await manager.GotoAsync($"/gestion/classement?appel={callId}");
            await manager.GetByRole(AriaRole.Button, new() { Name = "Affecter automatiquement les experts" }).ClickAsync();
            await manager.GetByRole(AriaRole.Button, new() { Name = "Oui, affecter les experts" }).ClickAsync();
            await Assertions.Expect(manager.GetByRole(AriaRole.Status)).ToContainTextAsync("2 affectations créées");
            await Snapshot(manager, "review-01-affectation-automatique");
        });

        var expert = await host.NewPage();
        await Journey(expert, "review-expert", async () =>
        {
            await SignIn(expert, expertA.Email, ApiArrange.Password);
            await Assertions.Expect(expert).ToHaveURLAsync(new Regex("/expert/affectations$"));
            await Assertions.Expect(expert.GetByRole(AriaRole.Table)).ToContainTextAsync("NAVI-TWIN");
            await Snapshot(expert, "review-02-expert-affectations");
            await expert.GetByRole(AriaRole.Button, new() { Name = "Accepter le dossier NAVI-TWIN" }).ClickAsync();
            await expert.GetByRole(AriaRole.Link, new() { Name = "Évaluer le dossier NAVI-TWIN" }).ClickAsync();

            // Sending without a recommendation keeps the notes and names what is missing.
            foreach (var criterion in new[] { "Caractère innovant", "Marché et impact économique", "Qualité du consortium et rôle des PME",
                         "Faisabilité technique et programme de travail", "Adéquation à la feuille de route du pôle", "Impact territorial" })
            {
                var group = expert.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^" + Regex.Escape(criterion) + " \\(") });
                await group.GetByLabel("Note sur 5").SelectOptionAsync(new SelectOptionValue { Label = "4,5" });
                await group.GetByLabel($"Commentaire sur « {criterion} »").FillAsync("Argumentation convaincante.");
            }

            await expert.GetByLabel("Avis général").FillAsync("Consortium solide, marché bien identifié.");
            await expert.GetByRole(AriaRole.Button, new() { Name = "Envoyer mon évaluation" }).ClickAsync();
            await Assertions.Expect(expert.Locator(".error-summary")).ToContainTextAsync("Choisissez une recommandation");
            await Assertions.Expect(expert.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Caractère innovant") }).GetByLabel("Note sur 5")).ToHaveValueAsync("4.5");
            await Snapshot(expert, "review-03-expert-evaluation-incomplete");

            await expert.GetByLabel("Labelliser", new() { Exact = true }).CheckAsync();
            await expert.GetByRole(AriaRole.Button, new() { Name = "Envoyer mon évaluation" }).ClickAsync();
            await Assertions.Expect(expert.Locator(".confirm-step")).ToContainTextAsync("Note pondérée : 4,5 sur 5 ; recommandation : « Labelliser »");
            await Snapshot(expert, "review-03b-expert-evaluation-a-confirmer");
            await expert.GetByRole(AriaRole.Button, new() { Name = "Oui, envoyer mon évaluation" }).ClickAsync();
            await Assertions.Expect(expert.Locator(".notice-success").First).ToContainTextAsync("Votre évaluation est envoyée");
            await Snapshot(expert, "review-04-expert-evaluation-envoyee");
        });

        await host.Api.ReviewAsExpert(expertB, dossierId, 3.5m);

        await Journey(manager, "review-manager", async () =>
        {
            await manager.GotoAsync($"/gestion/classement?appel={callId}");
            var row = manager.GetByRole(AriaRole.Row).Filter(new() { HasText = "NAVI-TWIN" });
            await Assertions.Expect(row).ToContainTextAsync("4");
            await Snapshot(manager, "review-05-classement");
            await row.GetByRole(AriaRole.Link, new() { Name = "NAVI-TWIN" }).ClickAsync();
            await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("2 évaluations rendues sur 2");
            // Both missing fields are named at once; then the decision waits for its confirmation, and "Annuler" decides nothing.
            await manager.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
            await Assertions.Expect(manager.Locator(".error-summary li")).ToHaveCountAsync(2);
            await Assertions.Expect(manager.Locator(".error-summary")).ToContainTextAsync("Décision : choisissez");
            await Assertions.Expect(manager.Locator(".error-summary")).ToContainTextAsync("Motivation : écrivez");
            await manager.GetByLabel("Labellisé", new() { Exact = true }).CheckAsync();
            await manager.GetByLabel("Motivation (communiquée au consortium)").FillAsync("Projet ambitieux, consortium équilibré, retombées fortes pour les ports de l'Ouest.");
            await manager.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
            await Assertions.Expect(manager.Locator(".confirm-step")).ToContainTextAsync("une attestation de labellisation numérotée est émise");
            await Snapshot(manager, "review-06a-labellisation-a-confirmer");
            await manager.Locator(".confirm-step").GetByRole(AriaRole.Link, new() { Name = "Annuler" }).ClickAsync();
            await Assertions.Expect(manager.Locator(".dossier-header .badge")).ToHaveTextAsync("Évalué");
            await manager.GetByLabel("Labellisé", new() { Exact = true }).CheckAsync();
            await manager.GetByLabel("Motivation (communiquée au consortium)").FillAsync("Projet ambitieux, consortium équilibré, retombées fortes pour les ports de l'Ouest.");
            await manager.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
            await manager.GetByRole(AriaRole.Button, new() { Name = "Oui, enregistrer la décision « Labellisé »" }).ClickAsync();
            await Assertions.Expect(manager.Locator(".notice-success")).ToContainTextAsync("Le projet est labellisé : attestation n°");
            await Snapshot(manager, "review-06-labellisation");

            await manager.GetByRole(AriaRole.Navigation, new() { Name = "Étapes du dossier" }).GetByRole(AriaRole.Link, new() { Name = "Financement" }).ClickAsync();
            await manager.GetByRole(AriaRole.Button, new() { Name = "Envoyer les demandes de financement aux financeurs" }).ClickAsync();
            await Assertions.Expect(manager.Locator(".confirm-step")).ToContainTextAsync("Bpifrance (État) reçoit une demande de");
            await Snapshot(manager, "review-07a-demandes-a-confirmer");
            await manager.GetByRole(AriaRole.Button, new() { Name = "Oui, envoyer les demandes" }).ClickAsync();
            await Assertions.Expect(manager.Locator(".notice-success")).ToContainTextAsync("Les demandes de financement sont envoyées");
            await Snapshot(manager, "review-07-demandes-de-financement");
        });

        var funder = await host.NewPage();
        await Journey(funder, "review-funder", async () =>
        {
            await SignIn(funder, officer.Email, ApiArrange.Password);
            await Assertions.Expect(funder).ToHaveURLAsync(new Regex("/financeur/demandes$"));
            await Snapshot(funder, "review-08-financeur-demandes");
            await funder.GetByRole(AriaRole.Link, new() { Name = "NAVI-TWIN", Exact = true }).ClickAsync();
            // Nothing is pre-filled: one click grants nothing. Empty amounts are each named by partner.
            var bpifrance = funder.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Bpifrance \\(État\\)") });
            var amounts = bpifrance.GetByLabel("Montant accordé (€)");
            await Assertions.Expect(amounts.First).ToHaveValueAsync("");
            await Snapshot(funder, "review-09-financeur-decision");
            await bpifrance.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision : Bpifrance (État)" }).ClickAsync();
            await Assertions.Expect(funder.Locator(".error-summary")).ToContainTextAsync("Décision de Bpifrance (État) : choisissez");
            await Assertions.Expect(funder.Locator(".error-summary")).ToContainTextAsync("Montant accordé à ");
            await Snapshot(funder, "review-09a-financeur-decision-erreurs");
            bpifrance = funder.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Bpifrance \\(État\\)") });
            await bpifrance.GetByLabel("Accorder l'aide (montants ci-dessous)").CheckAsync();
            amounts = bpifrance.GetByLabel("Montant accordé (€)");
            for (var i = 0; i < await amounts.CountAsync(); i++)
            {
                await amounts.Nth(i).FillAsync("10 000");
            }

            await bpifrance.GetByLabel("Commentaire").FillAsync("Accordé par le comité d'engagement du 10 novembre.");
            await bpifrance.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision : Bpifrance (État)" }).ClickAsync();
            await Assertions.Expect(funder.Locator(".confirm-step")).ToContainTextAsync("Bpifrance (État) accorde");
            await Assertions.Expect(funder.Locator(".confirm-step")).ToContainTextAsync("10 000,00 € accordés sur");
            await Snapshot(funder, "review-09b-financeur-decision-a-confirmer");
            await funder.GetByRole(AriaRole.Button, new() { Name = "Oui, enregistrer la décision : Bpifrance (État)" }).ClickAsync();
            await Assertions.Expect(funder.Locator(".notice-success")).ToContainTextAsync("Décision enregistrée pour Bpifrance (État)");
        });

        await host.Api.GrantInFull(dossierId, "Région Bretagne");
        await host.Api.GrantInFull(dossierId, "Région Normandie");

        await Journey(manager, "review-manager", async () =>
        {
            await manager.GotoAsync($"/dossiers/{dossierId}/financement");
            await Assertions.Expect(manager.Locator(".dossier-header .badge")).ToHaveTextAsync("Partiellement financé");
            await Snapshot(manager, "review-10-finance");
            await manager.GotoAsync($"/gestion/cofinancement?appel={callId}");
            await Assertions.Expect(manager.GetByRole(AriaRole.Table).Last).ToContainTextAsync(reference);
            await Snapshot(manager, "review-11-cofinancement");
            await manager.GotoAsync("/gestion/tableau-de-bord");
            await Snapshot(manager, "review-12-tableau-de-bord");
        });
    }
}
