using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;
using static FundingPortal.Web.BrowserTests.Notifications.Told;

namespace FundingPortal.Web.BrowserTests.Notifications;

/// <summary>
/// Issue 17, the cluster manager's side: the lead submits in the browser and the manager is told; the manager screens
/// the dossier in the browser and the consortium is told; after the deadline an expert declines in the browser and the
/// manager is told that a reviewer slot is unfilled.
/// </summary>
[Collection(MailCollection.Name)]
public sealed class ManagerToldJourneyTests(MailBrowserHost host)
{
    private const string Acronym = "MAERL";

    [Fact]
    public async Task The_manager_is_told_of_a_submission_and_a_declined_review_and_the_consortium_of_the_screening()
    {
        var manager = await host.NewManager("responsable.maerl");
        var (callId, deadline) = await host.CallClosingInAWeek("Appel Fonds marins");
        var expert = await host.Api.NewExpert(callId, "Pr Yann Le Goff", ["fonds marins"]);
        var leadEmail = $"chef.de.file-{Guid.NewGuid():N}@maerl-robotique.fr";
        var lead = await host.Api.NewOrganisation("Maërl Robotique SAS", "Sme", "FR-BRE", leadEmail);
        var (dossierId, reference) = await host.Api.DraftDossier(callId, Acronym, lead);

        var consortium = await host.SignedIn(leadEmail);
        await Journey(consortium, "told-manager-lead", async () =>
        {
            await consortium.GotoAsync($"/dossiers/{dossierId}/depot");
            await consortium.GetByRole(AriaRole.Button, new() { Name = "Déposer la version 1 du dossier" }).ClickAsync();
            await Assertions.Expect(consortium.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre dossier est déposé");
        });

        var cluster = await host.SignedIn(manager.Email);
        await Journey(cluster, "told-manager-manager", async () =>
        {
            await SeesUnreadCounts(cluster, notifications: 1, messages: 0);
            await Snapshot(cluster, "told-manager-01-non-lue");
            await SeesNotification(cluster, $"Nouveau dépôt : {Acronym} (version 1)");
            await Snapshot(cluster, "told-manager-02-notifications");

            var dossier = await ReceivesEmail(host.Mail, manager.Email, $"Nouveau dépôt : {Acronym} (version 1)", reference, $"/dossiers/{dossierId}");
            await cluster.GotoAsync(dossier.PathAndQuery);
            await cluster.GetByLabel("Recevable : il sera confié aux experts").CheckAsync();
            await cluster.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'examen" }).ClickAsync();
            await cluster.GetByRole(AriaRole.Button, new() { Name = "Oui, enregistrer l'examen" }).ClickAsync();
            await Assertions.Expect(cluster.Locator(".notice-success")).ToContainTextAsync("Le dossier est déclaré recevable");
            await Snapshot(cluster, "told-manager-03-recevable");
        });

        await Journey(consortium, "told-manager-lead", async () =>
        {
            // Unread: the receipt of version 1 and the screening.
            await SeesUnreadCounts(consortium, notifications: 2, messages: 0);
            var screened = await SeesNotification(consortium, $"Dossier recevable : {Acronym}");
            await Assertions.Expect(screened).ToContainTextAsync("il passe en évaluation");
            await Snapshot(consortium, "told-manager-04-consortium-notifie");
            var link = await ReceivesEmail(host.Mail, leadEmail, $"Dossier recevable : {Acronym}", reference, $"/dossiers/{dossierId}");
            await consortium.GotoAsync(link.PathAndQuery);
            await Assertions.Expect(consortium.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Acronym);
        });

        host.PassDeadline(deadline);
        await host.Api.AutoAssign(callId);
        var reviewer = await host.SignedIn(expert.Email);
        await Journey(reviewer, "told-manager-expert", async () =>
        {
            await reviewer.GotoAsync("/expert/affectations");
            await reviewer.GetByText($"Décliner {Acronym}").ClickAsync();
            await reviewer.GetByRole(AriaRole.Button, new() { Name = "Décliner ce dossier" }).ClickAsync();
            await reviewer.GetByRole(AriaRole.Button, new() { Name = "Oui, refuser l'évaluation" }).ClickAsync();
            await Assertions.Expect(reviewer.Locator(".notice-success")).ToContainTextAsync($"Vous avez décliné le dossier {Acronym}");
            await Snapshot(reviewer, "told-manager-05-expert-decline");
        });

        await Journey(cluster, "told-manager-manager", async () =>
        {
            await SeesUnreadCounts(cluster, notifications: 2, messages: 0);
            var declined = await SeesNotification(cluster, $"Évaluation refusée : {Acronym}");
            await Assertions.Expect(declined).ToContainTextAsync("une place d'évaluateur reste à pourvoir");
            await Snapshot(cluster, "told-manager-06-evaluation-refusee");
            var link = await ReceivesEmail(host.Mail, manager.Email, $"Évaluation refusée : {Acronym}", reference, $"/dossiers/{dossierId}");
            await cluster.GotoAsync(link.PathAndQuery);
            await Assertions.Expect(cluster.Locator("main")).ToContainTextAsync(Acronym);
        });
    }
}
