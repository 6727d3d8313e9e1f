using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using FundingPortal.Web.BrowserTests.Languages;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Clusters;

/// <summary>
/// Issue 24, the alliance: the lead of ALLIANCE asks the partner cluster TES to co-label the project, then submits; TES's
/// manager finds the request in "Demandes de co-labellisation", reads the dossier, and records TES's decision behind the
/// confirmation step; the consortium sees the decision on its dossier. The same list in English.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CoLabellingJourneyTests(BrowserHost host)
{
    private const string Acronym = "ALLIANCE";
    private const string CallTitle = "Appel Alliance numérique 2027";

    [Fact]
    public async Task The_lead_asks_a_partner_cluster_whose_manager_labels_the_submitted_dossier_and_the_consortium_sees_it()
    {
        var callId = await host.Api.PublishedCall(CallTitle);
        var admin = await host.Api.Manager();
        var shortName = $"TES-{Guid.NewGuid():N}"[..8].ToUpperInvariant();
        var clusterName = "Pôle TES Normandie";
        var adminPage = await host.NewPage();
        await Journey(adminPage, "clusters-admin", async () =>
        {
            await SignIn(adminPage, WebFactory.ManagerEmail, WebFactory.ManagerPassword);
            await adminPage.GetByRole(AriaRole.Link, new() { Name = "Pôles", Exact = true }).ClickAsync();
            await Assertions.Expect(adminPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pôles de l'alliance");
            await Assertions.Expect(adminPage.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^IR ") })).ToContainTextAsync("premier pôle, administre la plateforme");
            await adminPage.GetByRole(AriaRole.Button, new() { Name = "Ajouter le pôle" }).ClickAsync();
            var summary = adminPage.Locator(".error-summary");
            await Assertions.Expect(summary.Locator("li")).ToHaveCountAsync(3);
            await Assertions.Expect(summary).ToContainTextAsync("Le nom est obligatoire");
            await Assertions.Expect(summary).ToContainTextAsync("Le sigle compte 2 à 20 lettres");
            await Assertions.Expect(summary).ToContainTextAsync("Régions : cochez au moins une région.");
            await Snapshot(adminPage, "clusters-01-erreurs-ensemble");
            await LanguageScan.AssertLanguage(adminPage, "fr", "IR", "Images & Réseaux");

            await adminPage.GetByLabel("Nom", new() { Exact = true }).FillAsync(clusterName);
            await adminPage.GetByLabel("Sigle", new() { Exact = true }).FillAsync(shortName);
            await adminPage.GetByLabel("Normandie", new() { Exact = true }).CheckAsync();
            await adminPage.GetByRole(AriaRole.Button, new() { Name = "Ajouter le pôle" }).ClickAsync();
            await Assertions.Expect(adminPage.Locator("body")).ToContainTextAsync($"Le pôle {shortName} est ajouté à l'alliance.");
            await Assertions.Expect(adminPage.GetByRole(AriaRole.Row, new() { NameRegex = new Regex($"^{shortName} ") })).ToContainTextAsync("Normandie");
            await Snapshot(adminPage, "clusters-02-pole-ajoute");

            await adminPage.GotoAsync("/appels");
            await Assertions.Expect(adminPage.GetByRole(AriaRole.Row, new() { NameRegex = new Regex(CallTitle) })).ToContainTextAsync("Pôle : Images & Réseaux (IR)");
            await adminPage.GetByRole(AriaRole.Link, new() { Name = CallTitle }).ClickAsync();
            await Assertions.Expect(adminPage.Locator(".call-cluster")).ToHaveTextAsync("Images & Réseaux (IR)");
            await Snapshot(adminPage, "clusters-03-pole-de-l-appel");
        });
        var clusters = await admin.GetFromJsonAsync<JsonArray>("/api/clusters");
        var clusterId = clusters!.Single(c => c!["shortName"]!.GetValue<string>() == shortName)!["id"]!.GetValue<Guid>();
        var tesManager = await host.Api.NewUser("gestion-tes");
        var placed = await admin.PutAsJsonAsync($"/api/admin/users/{tesManager.UserId}/roles", new { roles = new[] { "ClusterManager" }, clusterId });
        Assert.True(placed.StatusCode == HttpStatusCode.OK, await placed.Content.ReadAsStringAsync());
        var leadEmail = $"chef-de-file-{Guid.NewGuid():N}@exemple.test";
        var lead = await host.Api.NewOrganisation($"{Acronym} Systèmes SAS", "Sme", "FR-BRE", leadEmail);
        var (dossierId, reference) = await host.Api.DraftDossier(callId, Acronym, lead);
        var page = await host.NewPage();
        string[] allowed = [Acronym, CallTitle, clusterName, shortName, reference, $"{Acronym} Systèmes SAS", $"Laboratoire {Acronym}", $"{Acronym} Industrie", "Images & Réseaux", "IR"];

        await Journey(page, "co-labelling-lead", async () =>
        {
            await SignIn(page, leadEmail, ApiArrange.Password);
            await page.GotoAsync($"/dossiers/{dossierId}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Co-labellisation", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("co-labellisation");
            var box = page.GetByLabel($"{clusterName} ({shortName})");
            await Assertions.Expect(box).Not.ToBeCheckedAsync();
            await Assertions.Expect(page.GetByText("Images & Réseaux (IR)")).ToHaveCountAsync(0); // the call's own cluster labels anyway
            await Snapshot(page, "co-labelling-01-choix-du-chef-de-file");
            await LanguageScan.AssertLanguage(page, "fr", allowed);

            await box.CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les pôles sollicités" }).ClickAsync();
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Les pôles sollicités sont enregistrés.");
            await Assertions.Expect(box).ToBeCheckedAsync();
            var asked = page.GetByRole(AriaRole.Table, new() { Name = "Pôles sollicités et leurs décisions" });
            await Assertions.Expect(asked.GetByRole(AriaRole.Row, new() { NameRegex = new Regex(shortName) })).ToContainTextAsync("À décider");
            await Snapshot(page, "co-labelling-02-tes-sollicite");
        });

        var submitted = await lead.Client.PostAsync($"/api/proposals/{dossierId}/submit", null);
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());

        var manager = await host.NewPage();
        await Journey(manager, "co-labelling-partner-manager", async () =>
        {
            await SignIn(manager, tesManager.Email, ApiArrange.Password);
            await manager.GetByRole(AriaRole.Link, new() { Name = "Demandes de co-labellisation" }).ClickAsync();
            await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Demandes de co-labellisation");
            var row = manager.GetByRole(AriaRole.Row, new() { NameRegex = new Regex(Acronym) });
            await Assertions.Expect(row).ToContainTextAsync("À décider");
            await Assertions.Expect(row).ToContainTextAsync($"{CallTitle} (IR)");
            await Snapshot(manager, "co-labelling-03-demandes");
            await LanguageScan.AssertLanguage(manager, "fr", allowed);

            await row.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
            await Assertions.Expect(manager.GetByRole(AriaRole.Link, new() { Name = "Demandes de co-labellisation" }).First).ToBeVisibleAsync();
            // Read-only: the steps a partner cluster reads, none of the consortium's nor the call's managers'.
            var steps = manager.GetByRole(AriaRole.Navigation, new() { Name = "Étapes du dossier" });
            await Assertions.Expect(steps.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Synthèse", "Projet", "Partenaires", "Budgets", "Co-labellisation", "Évaluation", "Documents"]);
            await manager.GetByRole(AriaRole.Link, new() { Name = "Lire l'évaluation du dossier" }).ClickAsync();
            await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("évaluation");
            await Snapshot(manager, "co-labelling-04-evaluation-lue");
            await steps.GetByRole(AriaRole.Link, new() { Name = "Projet" }).ClickAsync();
            await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Jumeau numérique des réseaux portuaires");
            await Snapshot(manager, "co-labelling-05-dossier-lu");
            // The PDFs a partner cluster may read: the dossier, and the label certificate once there is one; never the receipts.
            await steps.GetByRole(AriaRole.Link, new() { Name = "Documents" }).ClickAsync();
            var documents = manager.GetByRole(AriaRole.Table);
            await Assertions.Expect(documents).ToContainTextAsync("Dossier de candidature");
            await Assertions.Expect(documents).Not.ToContainTextAsync("Accusé de réception");
            await Snapshot(manager, "co-labelling-05b-documents");

            await steps.GetByRole(AriaRole.Link, new() { Name = "Co-labellisation" }).ClickAsync();
            await manager.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
            var summary = manager.Locator(".error-summary");
            await Assertions.Expect(summary).ToContainTextAsync("Décision : choisissez");
            await Assertions.Expect(summary).ToContainTextAsync("Motivation : écrivez la motivation");
            await Snapshot(manager, "co-labelling-06-decision-incomplete");

            await manager.GetByLabel("Labellisé", new() { Exact = true }).CheckAsync();
            await manager.GetByLabel("Motivation").FillAsync("Projet structurant pour la filière normande des paiements sécurisés.");
            await manager.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
            var confirm = manager.Locator(".confirm-step");
            await Assertions.Expect(confirm).ToContainTextAsync($"Enregistrer « Labellisé » pour {reference} au nom du pôle {shortName} ?");
            await Assertions.Expect(confirm).ToContainTextAsync("est définitive");
            await Assertions.Expect(confirm).ToContainTextAsync("Le consortium est informé");
            await Snapshot(manager, "co-labelling-07-confirmation");
            await LanguageScan.AssertLanguage(manager, "fr", allowed);
            await confirm.GetByRole(AriaRole.Button, new() { Name = "Enregistrer « Labellisé »" }).ClickAsync();
            await Assertions.Expect(manager.Locator("body")).ToContainTextAsync("La décision de votre pôle est enregistrée ; le consortium en est informé.");
            await Assertions.Expect(manager.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" })).ToHaveCountAsync(0);
            await Snapshot(manager, "co-labelling-08-decision-enregistree");
        });

        await Journey(page, "co-labelling-consortium-told", async () =>
        {
            await page.GotoAsync($"/dossiers/{dossierId}/co-labellisation");
            await Assertions.Expect(page.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(0); // submitted: the choice is closed
            var asked = page.GetByRole(AriaRole.Table, new() { Name = "Pôles sollicités et leurs décisions" });
            var row = asked.GetByRole(AriaRole.Row, new() { NameRegex = new Regex(shortName) });
            await Assertions.Expect(row).ToContainTextAsync("Labellisé");
            await Assertions.Expect(row).ToContainTextAsync("Projet structurant pour la filière normande");
            await Snapshot(page, "co-labelling-09-consortium-informe");
        });

        var english = await host.NewPage("en");
        await Journey(english, "co-labelling-en", async () =>
        {
            await SignIn(english, tesManager.Email, ApiArrange.Password);
            await english.GotoAsync("/langue/en?retour=%2Fco-labellisation");
            await Assertions.Expect(english.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Co-labelling requests");
            await Assertions.Expect(english.GetByRole(AriaRole.Row, new() { NameRegex = new Regex(Acronym) })).ToContainTextAsync("Labelled");
            await Snapshot(english, "co-labelling-10-requests-en", "en");
            await LanguageScan.AssertLanguage(english, "en", allowed);
            await english.GotoAsync($"/dossiers/{dossierId}/co-labellisation");
            await Assertions.Expect(english.GetByRole(AriaRole.Table, new() { Name = "Clusters asked and their decisions" })).ToContainTextAsync("Labelled");
            await Snapshot(english, "co-labelling-11-decision-en", "en");
            await LanguageScan.AssertLanguage(english, "en", [.. allowed, "Projet structurant pour la filière normande des paiements sécurisés."]);
        });
    }

    private static async Task SignIn(IPage page, string email, string password)
    {
        await page.GotoAsync("/connexion");
        await page.GetByLabel(new Regex("^(Adresse e-mail|E-mail address)$")).FillAsync(email);
        await page.GetByLabel(new Regex("^(Mot de passe|Password)$")).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Se connecter|Sign in)$") }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/connexion"));
    }
}
