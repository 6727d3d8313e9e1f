using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Journeys;

[Collection(AccountsCollection.Name)]
public sealed class AccountJourneyTests(AccountsBrowserHost host)
{
    private const string NewPassword = "Le-Phare-Du-Petit-Minou-29";

    [Fact]
    public async Task A_forgotten_password_is_replaced_from_the_emailed_link_and_signing_out_ends_the_session_on_the_server()
    {
        var person = await host.Api.NewUser("oubli");
        var page = await host.NewPage();
        await Journey(page, "account-reset", async () =>
        {
            await page.GotoAsync("/connexion");
            await page.GetByRole(AriaRole.Link, new() { Name = "Mot de passe oublié ?" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mot de passe oublié");
            await page.GetByLabel("Adresse e-mail").FillAsync(person.Email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Recevoir le lien" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Si un compte utilise l'adresse");
            await Snapshot(page, "account-01-mot-de-passe-oublie");

            // The e-mail, as the SMTP server received it.
            var mail = await host.Mail.WaitFor(person.Email, m => m.Subject == "Changement de votre mot de passe");
            Assert.Contains("valable une heure", mail.Text, StringComparison.Ordinal);
            var link = mail.LinkTo("/mot-de-passe/nouveau");
            await page.GotoAsync(link.PathAndQuery);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Choisir un nouveau mot de passe");

            await page.GetByLabel("Nouveau mot de passe", new() { Exact = true }).FillAsync("motdepasse2027");
            await page.GetByLabel("Confirmez le nouveau mot de passe").FillAsync("motdepasse2027");
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le nouveau mot de passe" }).ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("fait partie des plus courants");
            await Assertions.Expect(page.GetByLabel("Nouveau mot de passe", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
            await Snapshot(page, "account-02-mot-de-passe-trop-courant");

            await page.GetByLabel("Nouveau mot de passe", new() { Exact = true }).FillAsync(NewPassword);
            await page.GetByLabel("Confirmez le nouveau mot de passe").FillAsync(NewPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le nouveau mot de passe" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/connexion"));
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Votre mot de passe est changé");
            await Assertions.Expect(page.GetByLabel("Adresse e-mail")).ToHaveValueAsync(person.Email);
            await page.GetByLabel("Mot de passe").FillAsync(NewPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator(".account-email")).ToHaveTextAsync(person.Email);
            await Snapshot(page, "account-03-connecte-avec-le-nouveau-mot-de-passe");

            // The link worked once.
            var again = await host.NewPage();
            await again.GotoAsync(link.PathAndQuery);
            await again.GetByLabel("Nouveau mot de passe", new() { Exact = true }).FillAsync("Encore-Un-Autre-Phare-2027");
            await again.GetByLabel("Confirmez le nouveau mot de passe").FillAsync("Encore-Un-Autre-Phare-2027");
            await again.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le nouveau mot de passe" }).ClickAsync();
            await Assertions.Expect(again.Locator(".notice-warning")).ToContainTextAsync("Ce lien n'est plus valable");

            // Signing out ends the session on the server: a copy of the cookie taken before no longer opens anything.
            var cookies = await page.Context.CookiesAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Vous êtes déconnecté");
            var thief = await host.NewPage();
            await thief.Context.AddCookiesAsync(cookies.Select(c => new Cookie
            {
                Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
            }));
            await thief.GotoAsync("/compte");
            await Assertions.Expect(thief).ToHaveURLAsync(new Regex("/connexion"));
        });
    }

    [Fact]
    public async Task A_manager_sets_up_totp_then_signs_in_with_a_code_from_the_authenticator()
    {
        var page = await host.NewPage();
        await Journey(page, "account-totp", async () =>
        {
            await SignIn(page, WebFactory.ManagerEmail, WebFactory.ManagerPassword);
            // Until MFA is on, every page leads to its set-up.
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/compte/double-authentification$"));
            await page.GotoAsync("/gestion/tableau-de-bord");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/compte/double-authentification$"));
            await Assertions.Expect(page.Locator(".notice-warning")).ToContainTextAsync("demande la vérification en deux étapes");
            await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Code QR à scanner avec l'application d'authentification" })).ToBeVisibleAsync();
            await Snapshot(page, "account-04-totp-mise-en-place");

            var secret = (await page.Locator("#totp-secret").TextContentAsync())!.Replace(" ", string.Empty, StringComparison.Ordinal);
            await page.GetByLabel("Code de vérification").FillAsync("123456" == TestTotp.Code(secret, host.Factory.Clock.GetUtcNow()) ? "654321" : "123456");
            await page.GetByRole(AriaRole.Button, new() { Name = "Activer" }).ClickAsync();
            await Assertions.Expect(page.Locator("#Code-error")).ToContainTextAsync("Ce code n'est pas le bon");

            await page.GetByLabel("Code de vérification").FillAsync(TestTotp.Code(secret, host.Factory.Clock.GetUtcNow()));
            await page.GetByRole(AriaRole.Button, new() { Name = "Activer" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/compte/codes-de-secours$"));
            await Assertions.Expect(page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
            await Snapshot(page, "account-05-codes-de-secours");
            await page.ReloadAsync();
            await Assertions.Expect(page.Locator(".recovery-codes li")).ToHaveCountAsync(0);

            await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
            await page.GotoAsync("/gestion/tableau-de-bord");
            await page.GetByLabel("Adresse e-mail").FillAsync(WebFactory.ManagerEmail);
            await page.GetByLabel("Mot de passe").FillAsync(WebFactory.ManagerPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/connexion/verification"));
            await Snapshot(page, "account-06-verification-en-deux-etapes");

            // Thirty seconds later, the authenticator shows the next code.
            host.Factory.Clock.Advance(TimeSpan.FromSeconds(30));
            await page.GetByLabel("Code de vérification").FillAsync(TestTotp.Code(secret, host.Factory.Clock.GetUtcNow()));
            await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tableau de bord");
            await Snapshot(page, "account-07-tableau-de-bord-apres-totp");
        });
    }

    [Fact]
    public async Task A_member_signs_in_with_proconnect_and_lands_in_the_account_with_the_same_verified_address()
    {
        var organisation = await host.Api.NewOrganisation("Armor Photonique SAS", "Sme", "FR-BRE");
        var me = await organisation.Client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/me");
        var email = me!["email"]!.GetValue<string>();
        host.Provider.NextUser = new ProviderUser($"proconnect-{Guid.NewGuid():N}", email, EmailVerified: true);

        var page = await host.NewPage();
        await Journey(page, "account-sso", async () =>
        {
            await page.GotoAsync("/connexion");
            await Snapshot(page, "account-08-connexion-avec-proconnect");
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter avec ProConnect" }).ClickAsync();
            await Assertions.Expect(page.Locator(".account-email")).ToHaveTextAsync(email);
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Mon organisation" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Armor Photonique SAS");
            await Snapshot(page, "account-09-connecte-par-proconnect");
        });
        Assert.True(host.Provider.PkceRequests > 0);
    }

    private static async Task SignIn(IPage page, string email, string password)
    {
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
    }
}
