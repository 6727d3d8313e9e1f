using System.Globalization;
using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;
using static FundingPortal.Web.BrowserTests.Notifications.Told;

namespace FundingPortal.Web.BrowserTests.Notifications;

/// <summary>
/// Issue 17, the consortium's side: after the call's deadline a manager writes in the dossier's thread and asks for a
/// correction; the lead is told (navigation, notifications page, e-mail from the SMTP server), follows the e-mails' links,
/// answers in the thread and with a corrected version, receipted as such; the manager is told of both.
/// </summary>
[Collection(MailCollection.Name)]
public sealed class ConsortiumToldJourneyTests(MailBrowserHost host)
{
    private const string Acronym = "LITTORAL";

    [Fact]
    public async Task The_consortium_is_told_of_a_message_and_a_correction_request_and_answers_after_the_deadline_with_a_receipted_corrected_version()
    {
        var manager = await host.NewManager("responsable.littoral");
        var (callId, deadline) = await host.CallClosingInAWeek("Appel Littoral connecté");
        var leadEmail = $"chef.de.file-{Guid.NewGuid():N}@littoral-systemes.fr";
        var lead = await host.Api.NewOrganisation("Littoral Systèmes SAS", "Sme", "FR-BRE", leadEmail);
        var (dossierId, reference) = await host.Api.DraftDossier(callId, Acronym, lead);
        Assert.True((await lead.Client.PostAsync($"/api/proposals/{dossierId}/submit", null)).IsSuccessStatusCode);
        await ReceivesEmail(host.Mail, manager.Email, $"Nouveau dépôt : {Acronym} (version 1)", reference, $"/dossiers/{dossierId}");
        host.PassDeadline(deadline);
        var dueLocal = TimeZoneInfo.ConvertTime(deadline, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime.AddDays(14);

        var cluster = await host.SignedIn(manager.Email);
        await Journey(cluster, "told-consortium-manager", async () =>
        {
            await cluster.GotoAsync($"/dossiers/{dossierId}/messages");
            await cluster.GetByLabel("Votre message").FillAsync("Bonjour, pouvez-vous préciser le rôle du laboratoire dans le lot 2 ?");
            await cluster.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();
            await Assertions.Expect(cluster.Locator(".notice-success")).ToContainTextAsync("Votre message est envoyé.");
            await Snapshot(cluster, "told-consortium-01-message-du-pole");

            await cluster.GotoAsync($"/dossiers/{dossierId}/corrections");
            await cluster.GetByLabel("budgets", new() { Exact = true }).CheckAsync();
            await cluster.GetByLabel("Échéance (heure de Paris)").FillAsync(dueLocal.ToString("yyyy-MM-dd'T'18:00", CultureInfo.InvariantCulture));
            await cluster.GetByLabel("Ce qu'il faut corriger").FillAsync("Le budget du chef de file omet les frais de personnel du lot 3 : corrigez-le.");
            await cluster.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
            await Assertions.Expect(cluster.GetByRole(AriaRole.Heading, new() { Name = "Confirmez la demande de correction" })).ToBeVisibleAsync();
            await Snapshot(cluster, "told-consortium-02-correction-a-confirmer");
            await cluster.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande de correction" }).ClickAsync();
            await Assertions.Expect(cluster.Locator(".notice-success")).ToContainTextAsync("La demande de correction est envoyée au consortium.");
        });

        var page = await host.SignedIn(leadEmail);
        await Journey(page, "told-consortium-lead", async () =>
        {
            // Unread: the receipt of version 1, the cluster's message and the correction request.
            await SeesUnreadCounts(page, notifications: 3, messages: 1);
            await Snapshot(page, "told-consortium-03-non-lues");
            await SeesNotification(page, $"Message du pôle : {Acronym}");
            var correction = await SeesNotification(page, $"Correction demandée : {Acronym}");
            await Assertions.Expect(correction).ToContainTextAsync("budgets");
            await Snapshot(page, "told-consortium-04-notifications");

            var messages = await ReceivesEmail(host.Mail, leadEmail, $"Message du pôle : {Acronym}", reference, $"/dossiers/{dossierId}/messages");
            await page.GotoAsync(messages.PathAndQuery);
            await Assertions.Expect(page.Locator(".thread")).ToContainTextAsync("préciser le rôle du laboratoire");
            await page.GetByLabel("Votre message").FillAsync("Le laboratoire porte l'intégration des capteurs du lot 2, avec deux ingénieurs.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Votre message est envoyé.");
            await Snapshot(page, "told-consortium-05-reponse");

            var corrections = await ReceivesEmail(host.Mail, leadEmail, $"Correction demandée : {Acronym}", reference, $"/dossiers/{dossierId}/corrections");
            await page.GotoAsync(corrections.PathAndQuery);
            await Assertions.Expect(page.Locator(".thread")).ToContainTextAsync("omet les frais de personnel du lot 3");
            await Assertions.Expect(page.Locator(".thread")).ToContainTextAsync("Ouverte");
            await Snapshot(page, "told-consortium-06-demande-de-correction");

            // After the call's deadline, the budgets (the request's scope) reopen; the lead corrects and submits version 2.
            await page.GotoAsync($"/dossiers/{dossierId}/budgets");
            var own = page.GetByRole(AriaRole.Group, new() { Name = "Littoral Systèmes SAS (chef de file)", Exact = true });
            await own.GetByLabel("Personnel (€)").FillAsync("620 000");
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les budgets" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Budgets enregistrés");
            await page.GetByRole(AriaRole.Link, new() { Name = "Déposer la version corrigée" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Déposer la version 2 du dossier" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre dossier est déposé");
            await Assertions.Expect(page.Locator(".receipt")).ToContainTextAsync("2 — version corrigée, en réponse à une demande de correction du pôle");
            await Snapshot(page, "told-consortium-07-version-corrigee");

            // Its own receipt PDF says it is a correction.
            var download = page.GetByRole(AriaRole.Link, new() { Name = "Télécharger l'accusé de réception (PDF)" });
            for (var attempt = 0; attempt < 30 && !await download.IsVisibleAsync(); attempt++)
            {
                await Task.Delay(1000);
                await page.ReloadAsync();
            }

            var pdf = await page.Context.APIRequest.GetAsync((await download.GetAttributeAsync("href"))!);
            using (var document = PdfDocument.Open(await pdf.BodyAsync()))
            {
                var text = string.Join(" ", document.GetPages().Select(p => p.Text));
                Assert.Contains("Version corrigée", text, StringComparison.Ordinal);
                Assert.Contains("Version 2 — correction", text, StringComparison.Ordinal);
            }

            await page.GotoAsync($"/dossiers/{dossierId}/corrections");
            await Assertions.Expect(page.Locator(".thread")).ToContainTextAsync("Traitée — version 2");
            await Snapshot(page, "told-consortium-08-correction-traitee");
            await ReceivesEmail(host.Mail, leadEmail, $"Dossier reçu : {Acronym} (version 2)", reference, $"/dossiers/{dossierId}");
        });

        await Journey(cluster, "told-consortium-manager", async () =>
        {
            // Unread: version 1, the consortium's answer and the corrected version 2.
            await SeesUnreadCounts(cluster, notifications: 3, messages: 1);
            await SeesNotification(cluster, $"Message du consortium : {Acronym}");
            await SeesNotification(cluster, $"Nouveau dépôt : {Acronym} (version 2)");
            await Snapshot(cluster, "told-consortium-09-notifications-du-pole");
            var answer = await ReceivesEmail(host.Mail, manager.Email, $"Message du consortium : {Acronym}", reference, $"/dossiers/{dossierId}/messages");
            await cluster.GotoAsync(answer.PathAndQuery);
            await Assertions.Expect(cluster.Locator(".thread")).ToContainTextAsync("intégration des capteurs du lot 2");
            var corrected = await ReceivesEmail(host.Mail, manager.Email, $"Nouveau dépôt : {Acronym} (version 2)", reference, $"/dossiers/{dossierId}");
            await cluster.GotoAsync(corrected.PathAndQuery);
            await Assertions.Expect(cluster.Locator(".manager-panel")).ToContainTextAsync("version 2");
            await Snapshot(cluster, "told-consortium-10-dossier-corrige");
        });
    }
}
