using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;
using static FundingPortal.Web.BrowserTests.Notifications.Told;

namespace FundingPortal.Web.BrowserTests.Notifications;

/// <summary>
/// Issue 17, the funder officer's side: the manager labels a dossier and sends the funding requests in the browser; the
/// consortium is told of the labelling, the officer of the request (and follows the e-mail to the requests page, where
/// they decide); once every funder has decided, the consortium is told of the outcome.
/// </summary>
[Collection(MailCollection.Name)]
public sealed class FunderOfficerToldJourneyTests(MailBrowserHost host)
{
    private const string Acronym = "ESTRAN";

    [Fact]
    public async Task The_funder_officer_is_told_of_a_funding_request_and_the_consortium_of_the_labelling_and_of_the_funding_outcome()
    {
        var manager = await host.NewManager("responsable.estran");
        var (callId, deadline) = await host.CallClosingInAWeek("Appel Estran numérique");
        var first = await host.Api.NewExpert(callId, "Dr Soizic Le Bras", ["estran"]);
        var second = await host.Api.NewExpert(callId, "Pr Erwan Morvan", ["estran"]);
        var officer = await host.Api.NewUser("officier.bpifrance");
        var admin = await host.Api.Manager();
        var state = (await host.Api.EnsureFunders(admin))[0];
        var designated = await admin.PutAsJsonAsync($"/api/admin/users/{officer.UserId}/roles", new { roles = new[] { "FunderOfficer" }, funderId = state });
        Assert.True(designated.StatusCode == HttpStatusCode.OK, await designated.Content.ReadAsStringAsync());
        var leadEmail = $"chef.de.file-{Guid.NewGuid():N}@estran-numerique.fr";
        var lead = await host.Api.NewOrganisation("Estran Numérique SAS", "Sme", "FR-BRE", leadEmail);
        var (dossierId, reference) = await host.Api.DraftDossier(callId, Acronym, lead);
        Assert.True((await lead.Client.PostAsync($"/api/proposals/{dossierId}/submit", null)).IsSuccessStatusCode);
        await ReceivesEmail(host.Mail, manager.Email, $"Nouveau dépôt : {Acronym} (version 1)", reference, $"/dossiers/{dossierId}");
        host.PassDeadline(deadline);
        await host.Api.AutoAssign(callId);
        await host.Api.ReviewAsExpert(first, dossierId, 4.5m);
        await host.Api.ReviewAsExpert(second, dossierId, 4m);

        var cluster = await host.SignedIn(manager.Email);
        await Journey(cluster, "told-funder-manager", async () =>
        {
            await cluster.GotoAsync($"/dossiers/{dossierId}/evaluation");
            await cluster.GetByLabel("Labellisé", new() { Exact = true }).CheckAsync();
            await cluster.GetByLabel("Motivation (communiquée au consortium)").FillAsync("Projet solide, consortium équilibré, retombées fortes pour le littoral.");
            await cluster.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
            await cluster.GetByRole(AriaRole.Button, new() { Name = "Oui, enregistrer la décision « Labellisé »" }).ClickAsync();
            await Assertions.Expect(cluster.Locator(".notice-success")).ToContainTextAsync("Le projet est labellisé");

            await cluster.GetByRole(AriaRole.Navigation, new() { Name = "Étapes du dossier" }).GetByRole(AriaRole.Link, new() { Name = "Financement" }).ClickAsync();
            await cluster.GetByRole(AriaRole.Button, new() { Name = "Envoyer les demandes de financement aux financeurs" }).ClickAsync();
            await cluster.GetByRole(AriaRole.Button, new() { Name = "Oui, envoyer les demandes" }).ClickAsync();
            await Assertions.Expect(cluster.Locator(".notice-success")).ToContainTextAsync("Les demandes de financement sont envoyées");
            await Snapshot(cluster, "told-funder-01-demandes-envoyees");
        });

        var funder = await host.SignedIn(officer.Email);
        await Journey(funder, "told-funder-officer", async () =>
        {
            await SeesUnreadCounts(funder, notifications: 1, messages: 0);
            var request = await SeesNotification(funder, $"Demande de cofinancement : {Acronym}");
            await Assertions.Expect(request).ToContainTextAsync("aide demandée à votre structure");
            await Snapshot(funder, "told-funder-02-notification");

            var requests = await ReceivesEmail(host.Mail, officer.Email, $"Demande de cofinancement : {Acronym}", reference, "/financeur/demandes");
            await funder.GotoAsync(requests.PathAndQuery);
            await funder.GetByRole(AriaRole.Link, new() { Name = Acronym, Exact = true }).ClickAsync();
            var bpifrance = funder.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Bpifrance \\(État\\)") });
            await bpifrance.GetByLabel("Accorder l'aide (montants ci-dessous)").CheckAsync();
            var amounts = bpifrance.GetByLabel("Montant accordé (€)");
            for (var i = 0; i < await amounts.CountAsync(); i++)
            {
                await amounts.Nth(i).FillAsync("20 000");
            }

            await bpifrance.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision : Bpifrance (État)" }).ClickAsync();
            await funder.GetByRole(AriaRole.Button, new() { Name = "Oui, enregistrer la décision : Bpifrance (État)" }).ClickAsync();
            await Assertions.Expect(funder.Locator(".notice-success")).ToContainTextAsync("Décision enregistrée pour Bpifrance (État)");
            await Snapshot(funder, "told-funder-03-decision");
        });

        await host.Api.GrantInFull(dossierId, "Région Bretagne");
        await host.Api.GrantInFull(dossierId, "Région Normandie");

        var consortium = await host.SignedIn(leadEmail);
        await Journey(consortium, "told-funder-lead", async () =>
        {
            // Unread: the receipt of version 1, the labelling and the funding outcome.
            await SeesUnreadCounts(consortium, notifications: 3, messages: 0);
            var labelled = await SeesNotification(consortium, $"Décision de labellisation : {Acronym}");
            await Assertions.Expect(labelled).ToContainTextAsync("Le comité a labellisé le projet");
            var outcome = await SeesNotification(consortium, $"Décision de cofinancement : {Acronym}");
            await Assertions.Expect(outcome).ToContainTextAsync("partiellement financé");
            await Snapshot(consortium, "told-funder-04-consortium-notifie");
            await ReceivesEmail(host.Mail, leadEmail, $"Décision de labellisation : {Acronym}", reference, $"/dossiers/{dossierId}");
            var funding = await ReceivesEmail(host.Mail, leadEmail, $"Décision de cofinancement : {Acronym}", reference, $"/dossiers/{dossierId}");
            await consortium.GotoAsync(funding.PathAndQuery);
            await Assertions.Expect(consortium.Locator(".dossier-header .badge")).ToHaveTextAsync("Partiellement financé");
            await Snapshot(consortium, "told-funder-05-dossier-finance");
        });
    }
}
