using FundingPortal.Web.BrowserTests.Infrastructure;
using FundingPortal.Web.BrowserTests.Languages;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;
using static FundingPortal.Web.BrowserTests.Notifications.Told;

namespace FundingPortal.Web.BrowserTests.Notifications;

/// <summary>
/// Issue 17, the expert's side, in English: a manager assigns a dossier in the browser, the expert (who chose English with
/// the language switch) is told in English and follows the e-mail's link; the consortium withdraws the dossier in the
/// browser, and the expert and the manager are both told.
/// </summary>
[Collection(MailCollection.Name)]
public sealed class ExpertToldJourneyTests(MailBrowserHost host)
{
    private const string Acronym = "GOEMON";
    private const string ExpertName = "Dr Maëlle Guivarc'h";

    [Fact]
    public async Task The_expert_is_told_in_English_of_an_assignment_and_of_a_withdrawal_and_the_manager_of_the_withdrawal()
    {
        var manager = await host.NewManager("responsable.goemon");
        var (callId, deadline) = await host.CallClosingInAWeek("Appel Algues et capteurs");
        var expert = await host.Api.NewExpert(callId, ExpertName, ["capteurs"]);
        var leadEmail = $"chef.de.file-{Guid.NewGuid():N}@goemon.fr";
        var lead = await host.Api.NewOrganisation("Goémon Capteurs SAS", "Sme", "FR-BRE", leadEmail);
        var (dossierId, reference) = await host.Api.DraftDossier(callId, Acronym, lead);
        Assert.True((await lead.Client.PostAsync($"/api/proposals/{dossierId}/submit", null)).IsSuccessStatusCode);
        await ReceivesEmail(host.Mail, manager.Email, $"Nouveau dépôt : {Acronym} (version 1)", reference, $"/dossiers/{dossierId}");
        host.PassDeadline(deadline);
        // Data written in French by people, shown as written: the call, the dossier, the evaluation grid's criteria.
        string[] data = [.. LanguagesHost.RegionNames, .. Personas.Personas.Data, Acronym, reference, ExpertName, "Appel Algues et capteurs", "Goémon Capteurs SAS",
            "Jumeau numérique des réseaux portuaires"];

        // The expert chose English with the language switch: notifications and e-mails follow.
        var page = await host.SignedIn(expert.Email, "en");

        var cluster = await host.SignedIn(manager.Email);
        await Journey(cluster, "told-expert-manager", async () =>
        {
            await cluster.GotoAsync($"/dossiers/{dossierId}/evaluation");
            var option = cluster.Locator("#ExpertId option", new() { HasText = ExpertName });
            await cluster.GetByLabel("Affecter un expert").SelectOptionAsync((await option.GetAttributeAsync("value"))!);
            await cluster.GetByRole(AriaRole.Button, new() { Name = "Affecter", Exact = true }).ClickAsync();
            await Assertions.Expect(cluster.Locator(".notice-success")).ToContainTextAsync("Affectation enregistrée");
            await Snapshot(cluster, "told-expert-01-affectation");
        });

        await Journey(page, "told-expert-expert", async () =>
        {
            await SeesUnreadCounts(page, notifications: 1, messages: 0, "en");
            await SeesNotification(page, $"New review: {Acronym}", "en");
            await Snapshot(page, "told-expert-02-notifications", "en");
            await LanguageScan.AssertLanguage(page, "en", data);

            var assignment = await ReceivesEmail(host.Mail, expert.Email, $"New review: {Acronym}", reference, "/expert/affectations/", "en");
            await page.GotoAsync(assignment.PathAndQuery);
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(Acronym);
            await Snapshot(page, "told-expert-03-lien-de-l-e-mail", "en");
            await LanguageScan.AssertLanguage(page, "en", data);
        });

        var consortium = await host.SignedIn(leadEmail);
        await Journey(consortium, "told-expert-lead", async () =>
        {
            await consortium.GotoAsync($"/dossiers/{dossierId}");
            await consortium.GetByRole(AriaRole.Button, new() { Name = "Retirer le dossier" }).ClickAsync();
            await consortium.GetByRole(AriaRole.Button, new() { Name = "Oui, retirer le dossier" }).ClickAsync();
            await Assertions.Expect(consortium.Locator(".notice-success")).ToContainTextAsync("Le dossier est retiré.");
            await Snapshot(consortium, "told-expert-04-retrait");
        });

        await Journey(page, "told-expert-expert", async () =>
        {
            await SeesUnreadCounts(page, notifications: 2, messages: 0, "en");
            await SeesNotification(page, $"Proposal withdrawn: {Acronym}", "en");
            await Snapshot(page, "told-expert-05-retrait-notifie", "en");
            await LanguageScan.AssertLanguage(page, "en", data);
            var assignments = await ReceivesEmail(host.Mail, expert.Email, $"Proposal withdrawn: {Acronym}", reference, "/expert/affectations", "en");
            await page.GotoAsync(assignments.PathAndQuery);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My reviews");
        });

        await Journey(cluster, "told-expert-manager", async () =>
        {
            // Unread: version 1 and the withdrawal.
            await SeesUnreadCounts(cluster, notifications: 2, messages: 0);
            await SeesNotification(cluster, $"Dossier retiré : {Acronym}");
            var dossier = await ReceivesEmail(host.Mail, manager.Email, $"Dossier retiré : {Acronym}", reference, $"/dossiers/{dossierId}");
            await cluster.GotoAsync(dossier.PathAndQuery);
            await Assertions.Expect(cluster.Locator(".dossier-header .badge")).ToHaveTextAsync("Retiré");
            await Snapshot(cluster, "told-expert-06-dossier-retire");
        });
    }
}
