using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;
using static FundingPortal.Web.BrowserTests.Infrastructure.SignInSteps;

namespace FundingPortal.Web.BrowserTests.Journeys;

/// <summary>Nobody joins an organisation or a consortium without saying yes, and nobody needs an account to be invited.</summary>
[Collection(MailCollection.Name)]
public sealed class ConsentJourneyTests(MailBrowserHost host)
{
    [Fact]
    public async Task A_member_invites_a_colleague_without_an_account_who_registers_and_accepts()
    {
        var memberEmail = $"gaelle.tanguy.{Guid.NewGuid():N}@ondes-iroise.fr";
        var organisation = await host.Api.NewOrganisation("Ondes d'Iroise SAS", "Sme", "FR-BRE", memberEmail);
        var colleagueEmail = $"loic.caradec.{Guid.NewGuid():N}@ondes-iroise.fr";
        var member = await host.NewPage();
        var colleague = await host.NewPage();
        await Journey(member, "invitation-collegue", async () =>
        {
            await SignIn(member, memberEmail);
            await member.GotoAsync("/organisation");
            await member.GetByLabel("Adresse e-mail du collègue").FillAsync(colleagueEmail);
            await member.GetByRole(AriaRole.Button, new() { Name = "Envoyer l'invitation" }).ClickAsync();
            await Assertions.Expect(member.Locator(".notice-success")).ToContainTextAsync($"Une invitation a été envoyée à {colleagueEmail}");
            await Assertions.Expect(member.GetByRole(AriaRole.Table)).ToContainTextAsync(colleagueEmail);
            await Snapshot(member, "consent-01-organisation-invitation-envoyee");

            // The e-mail leads someone without an account to the registration form, address filled in.
            var mail = await host.Mail.WaitFor(colleagueEmail, m => m.Subject.Contains("Invitation à rejoindre Ondes d'Iroise SAS", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            Assert.Contains(memberEmail, mail.Text, StringComparison.Ordinal);
            await colleague.GotoAsync(mail.LinkTo("/inscription").PathAndQuery);
            await Assertions.Expect(colleague.GetByLabel("Adresse e-mail professionnelle")).ToHaveValueAsync(colleagueEmail);
            await colleague.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(ApiArrange.Password);
            await colleague.GetByLabel("Confirmez le mot de passe").FillAsync(ApiArrange.Password);
            await colleague.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
            await SignInAfterRegistration(colleague);
            await Assertions.Expect(colleague).ToHaveURLAsync(new Regex("/invitations$"));
            await Assertions.Expect(colleague.Locator(".notice-warning")).ToContainTextAsync("n'est pas encore confirmée");
            await Snapshot(colleague, "consent-02-invitations-adresse-non-confirmee");

            await ConfirmByEmail(colleague, colleagueEmail);
            await colleague.GotoAsync("/invitations");
            await Assertions.Expect(colleague.GetByRole(AriaRole.Heading, new() { Name = "Rejoindre Ondes d'Iroise SAS" })).ToBeVisibleAsync();
            await Snapshot(colleague, "consent-03-mes-invitations");
            var accept = colleague.GetByRole(AriaRole.Button, new() { Name = "Accepter l'invitation : Rejoindre Ondes d'Iroise SAS" });
            await ReachableByKeyboard(colleague, accept);
            await accept.ClickAsync();
            await Assertions.Expect(colleague).ToHaveURLAsync(new Regex("/organisation$"));
            await Assertions.Expect(colleague.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ondes d'Iroise SAS");
            await Assertions.Expect(colleague.Locator(".notice-success")).ToContainTextAsync("Vous avez rejoint Ondes d'Iroise SAS");
            await Assertions.Expect(colleague.GetByRole(AriaRole.Region, new() { Name = "Membres" })).ToContainTextAsync(memberEmail);
            await Snapshot(colleague, "consent-04-organisation-rejointe");

            await member.ReloadAsync();
            await Assertions.Expect(member.GetByRole(AriaRole.Region, new() { Name = "Membres" })).ToContainTextAsync(colleagueEmail);
            await Assertions.Expect(member.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
            Assert.NotEqual(Guid.Empty, organisation.Id);
        });
    }

    [Fact]
    public async Task A_lead_invites_a_partner_by_email_who_registers_creates_the_organisation_accepts_and_fills_its_budget()
    {
        var callId = await host.Api.PublishedCall("Appel à projets Mer et Numérique 2027");
        var leadEmail = $"claire.le-bras.{Guid.NewGuid():N}@houle-systemes.fr";
        var lead = await host.Api.NewOrganisation("Houle Systèmes SAS", "Sme", "FR-BRE", leadEmail);
        var created = await lead.Client.PostAsJsonAsync($"/api/calls/{callId}/proposals", new
        {
            acronym = "HOULE",
            title = "Capteurs de houle connectés pour les ports",
            summary = "Des capteurs sobres pour prévoir la houle à l'entrée des ports.",
            keywords = new[] { "capteurs", "ports" },
            trlStart = 3,
            trlTarget = 6,
            durationMonths = 30,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var dossierId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        var partnerEmail = $"morgane.riou.{Guid.NewGuid():N}@lab-oceans.fr";
        var leadPage = await host.NewPage();
        var partnerPage = await host.NewPage();
        await Journey(partnerPage, "invitation-partenaire", async () =>
        {
            await SignIn(leadPage, leadEmail);
            await leadPage.GotoAsync($"/dossiers/{dossierId}/partenaires");
            await leadPage.GetByLabel("Adresse e-mail de votre contact").FillAsync(partnerEmail);
            await leadPage.GetByLabel("Nom de son organisation (facultatif)").FillAsync("Laboratoire des Océans de Brest");
            await leadPage.GetByRole(AriaRole.Button, new() { Name = "Envoyer l'invitation" }).ClickAsync();
            await Assertions.Expect(leadPage.Locator(".notice-success")).ToContainTextAsync($"Une invitation a été envoyée à {partnerEmail}");
            var pending = leadPage.GetByRole(AriaRole.Region, new() { Name = "Invitations en attente de réponse" });
            await Assertions.Expect(pending).ToContainTextAsync("Laboratoire des Océans de Brest");
            await Snapshot(leadPage, "consent-05-partenaires-invitation-envoyee");

            var mail = await host.Mail.WaitFor(partnerEmail, m => m.Subject.Contains("Invitation à rejoindre le consortium du projet HOULE", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            Assert.Contains("Houle Systèmes SAS", mail.Text, StringComparison.Ordinal);
            await partnerPage.GotoAsync(mail.LinkTo("/inscription").PathAndQuery);
            await partnerPage.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(ApiArrange.Password);
            await partnerPage.GetByLabel("Confirmez le mot de passe").FillAsync(ApiArrange.Password);
            await partnerPage.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
            await SignInAfterRegistration(partnerPage);
            await Assertions.Expect(partnerPage).ToHaveURLAsync(new Regex("/invitations$"));
            await ConfirmByEmail(partnerPage, partnerEmail);
            await partnerPage.GotoAsync("/invitations");

            // Her organisation must exist before it can join: the invitation says so and leads there and back.
            await Assertions.Expect(partnerPage.GetByRole(AriaRole.Heading, new() { Name = "Rejoindre le consortium du projet HOULE" })).ToBeVisibleAsync();
            await Snapshot(partnerPage, "consent-06-invitation-partenaire-sans-organisation");
            await partnerPage.GetByRole(AriaRole.Link, new() { Name = "créez ou rejoignez d'abord votre organisation" }).ClickAsync();
            await partnerPage.GetByLabel("Raison sociale").FillAsync("Laboratoire des Océans de Brest");
            await partnerPage.GetByLabel("SIREN", new() { Exact = true }).FillAsync(ApiArrange.NextSiren());
            await partnerPage.GetByLabel("Catégorie").SelectOptionAsync(new SelectOptionValue { Value = "Research" });
            await partnerPage.GetByLabel("Région du site de R&D").SelectOptionAsync(new SelectOptionValue { Label = "Bretagne" });
            await partnerPage.GetByRole(AriaRole.Button, new() { Name = "Créer mon organisation" }).ClickAsync();
            await Assertions.Expect(partnerPage).ToHaveURLAsync(new Regex("/invitations$"));
            await Assertions.Expect(partnerPage.Locator(".notice-success")).ToContainTextAsync("L'organisation Laboratoire des Océans de Brest est créée");
            await partnerPage.GetByRole(AriaRole.Button, new() { Name = "Accepter l'invitation : Rejoindre le consortium du projet HOULE" }).ClickAsync();

            await Assertions.Expect(partnerPage).ToHaveURLAsync(new Regex($"/dossiers/{dossierId}/partenaires$"));
            await Assertions.Expect(partnerPage.Locator(".notice-success")).ToContainTextAsync("fait maintenant partie du consortium du projet HOULE");
            await Assertions.Expect(partnerPage.GetByRole(AriaRole.Table).First).ToContainTextAsync("Laboratoire des Océans de Brest");
            await Snapshot(partnerPage, "consent-07-consortium-rejoint");

            await partnerPage.GetByRole(AriaRole.Navigation, new() { Name = "Étapes du dossier" }).GetByRole(AriaRole.Link, new() { Name = "3. Budgets" }).ClickAsync();
            var form = partnerPage.Locator("form").Filter(new() { Has = partnerPage.GetByRole(AriaRole.Group, new() { Name = "Laboratoire des Océans de Brest", Exact = true }) });
            await form.GetByLabel("Personnel (€)").FillAsync("180 000");
            await form.GetByLabel("Frais généraux (€)").FillAsync("18 000");
            await form.GetByLabel("Sous-traitance (€)").FillAsync("0");
            await form.GetByLabel("Équipements (€)").FillAsync("12 000");
            await form.GetByRole(AriaRole.Button).ClickAsync();
            await Assertions.Expect(partnerPage.Locator(".notice-success")).ToContainTextAsync("Budgets enregistrés : Laboratoire des Océans de Brest : 210 000,00 €");
            await Assertions.Expect(partnerPage.Locator("table").First).ToContainTextAsync("210 000,00 €");
            await Snapshot(partnerPage, "consent-08-budget-du-partenaire");

            await leadPage.ReloadAsync();
            await Assertions.Expect(leadPage.GetByRole(AriaRole.Table).First).ToContainTextAsync("Laboratoire des Océans de Brest");
            await Assertions.Expect(leadPage.GetByRole(AriaRole.Region, new() { Name = "Invitations en attente de réponse" })).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task Someone_whose_company_is_registered_asks_to_join_from_the_siren_error_and_a_member_approves()
    {
        var memberEmail = $"sophie.duval.{Guid.NewGuid():N}@manche-telecom.fr";
        var organisation = await host.Api.NewOrganisation("Manche Télécom Industries", "Large", "FR-NOR", memberEmail);
        var newcomer = await host.Api.NewUser("thomas.le-roux");
        var newcomerPage = await host.NewPage();
        var memberPage = await host.NewPage();
        await Journey(newcomerPage, "demande-adhesion", async () =>
        {
            await SignIn(newcomerPage, newcomer.Email);
            await newcomerPage.GotoAsync("/organisation");
            await newcomerPage.GetByLabel("Raison sociale").FillAsync("Manche Télécom");
            await newcomerPage.GetByLabel("SIREN", new() { Exact = true }).FillAsync(organisation.Siren);
            await newcomerPage.GetByLabel("Catégorie").SelectOptionAsync(new SelectOptionValue { Value = "Large" });
            await newcomerPage.GetByLabel("Région du site de R&D").SelectOptionAsync(new SelectOptionValue { Label = "Normandie" });
            await newcomerPage.GetByRole(AriaRole.Button, new() { Name = "Créer mon organisation" }).ClickAsync();
            await Assertions.Expect(newcomerPage.Locator(".error-summary")).ToContainTextAsync("existe déjà");
            await newcomerPage.GetByLabel("Message aux membres (facultatif)").FillAsync("Ingénieur radio au site de Caen.");
            await Snapshot(newcomerPage, "consent-10-siren-pris-demande-adhesion");
            await newcomerPage.GetByRole(AriaRole.Button, new() { Name = "Demander à rejoindre Manche Télécom Industries" }).ClickAsync();
            await Assertions.Expect(newcomerPage.Locator(".notice-success")).ToContainTextAsync("Votre demande a été envoyée aux membres de l'organisation Manche Télécom Industries");
            await Assertions.Expect(newcomerPage.GetByRole(AriaRole.Main)).ToContainTextAsync("attend la réponse de ses membres");

            var mail = await host.Mail.WaitFor(memberEmail, m => m.Subject.Contains("Demande d'adhésion à Manche Télécom Industries", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            Assert.Contains("Ingénieur radio au site de Caen.", mail.Text, StringComparison.Ordinal);
            await SignIn(memberPage, memberEmail);
            await memberPage.GotoAsync("/organisation");
            await Assertions.Expect(memberPage.GetByRole(AriaRole.Heading, new() { Name = "Une demande d'adhésion à examiner" })).ToBeVisibleAsync();
            await Snapshot(memberPage, "consent-11-demande-a-examiner");
            await memberPage.GetByRole(AriaRole.Button, new() { Name = $"Accepter la demande de {newcomer.Email}" }).ClickAsync();
            await Assertions.Expect(memberPage.Locator(".notice-success")).ToContainTextAsync($"{newcomer.Email} fait maintenant partie de votre organisation");
            await Assertions.Expect(memberPage.GetByRole(AriaRole.Region, new() { Name = "Membres" })).ToContainTextAsync(newcomer.Email);

            await newcomerPage.GotoAsync("/organisation");
            await Assertions.Expect(newcomerPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Manche Télécom Industries");

            // The requester is told of the decision, in the app and by e-mail (read from the SMTP server), with a link to the organisation.
            await newcomerPage.GotoAsync("/notifications");
            await Assertions.Expect(newcomerPage.Locator(".notifications")).ToContainTextAsync("Vous avez rejoint Manche Télécom Industries");
            var joined = await host.Mail.WaitFor(newcomer.Email, m => m.Subject == "Vous avez rejoint Manche Télécom Industries", TimeSpan.FromSeconds(30));
            await newcomerPage.GotoAsync(joined.LinkTo("/organisation").PathAndQuery);
            await Assertions.Expect(newcomerPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Manche Télécom Industries");
        });
    }

    [Fact]
    public async Task A_calendar_subscription_url_is_offered_and_can_be_changed()
    {
        var email = $"yann.guillou.{Guid.NewGuid():N}@ondes-iroise.fr";
        await host.Api.NewOrganisation("Iroise Radio SARL", "Sme", "FR-BRE", email);
        var page = await host.NewPage();
        await Journey(page, "abonnement-agenda", async () =>
        {
            await SignIn(page, email);
            await page.GotoAsync("/notifications");
            var field = page.GetByLabel("Adresse d'abonnement, personnelle");
            var url = await field.InputValueAsync();
            Assert.Matches(@"/api/calendar/[A-Za-z0-9_-]{43}\.ics$", url);
            var feed = await page.Context.APIRequest.GetAsync(new Uri(url).AbsolutePath);
            Assert.Equal(200, feed.Status);
            Assert.StartsWith("text/calendar", feed.Headers["content-type"], StringComparison.Ordinal);
            await Snapshot(page, "consent-09-abonnement-agenda");

            page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Changer d'adresse" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("l'ancienne ne fonctionne plus");
            Assert.NotEqual(url, await page.GetByLabel("Adresse d'abonnement, personnelle").InputValueAsync());
            Assert.Equal(404, (await page.Context.APIRequest.GetAsync(new Uri(url).AbsolutePath)).Status);
        });
    }

    /// <summary>Sign-up does not sign in (it would tell whether the address was new): the sign-in form comes back with the address filled in.</summary>
    private static async Task SignInAfterRegistration(IPage page)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/connexion"));
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(ApiArrange.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
    }

    /// <summary>Follows the confirmation link of the sign-up e-mail.</summary>
    private async Task ConfirmByEmail(IPage page, string email)
    {
        var mail = await host.Mail.WaitFor(email, m => m.Subject.Contains("Confirmez votre adresse e-mail", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        await page.GotoAsync(mail.LinkTo("/compte/confirmer").PathAndQuery);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer mon adresse e-mail" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("est confirmée");
    }
}
