using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;
using static FundingPortal.Web.BrowserTests.Infrastructure.SignInSteps;

namespace FundingPortal.Web.BrowserTests.Languages;

/// <summary>
/// Every page of accounts, organisations, notifications, reporting and operations, in French and in English, as the people
/// who use them see them: wholly in the language (LanguageScan), accessible, and photographed for a person to look at.
/// </summary>
[Collection(LanguagesCollection.Name)]
public sealed class AccountPagesInBothLanguagesTests(LanguagesHost host)
{
    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task Each_page_speaks_only_the_chosen_language(string language)
    {
        await host.Arranged();
        var english = language == "en";
        var member = await host.Api.NewOrganisation(english ? "Harbour Signal Systems" : "Signaux du Port SAS", "Sme", "FR-BRE",
            $"walk-{language}-{Guid.NewGuid():N}@exemple.test");
        var memberEmail = await EmailOf(member.Client);
        var newcomer = await host.Api.NewUser($"walk-newcomer-{language}");
        var newcomerClient = await host.Api.Login(newcomer.Email, ApiArrange.Password);
        var inviter = await host.Api.NewOrganisation(english ? "Tidal Data Works" : "Données des Marées SAS", "MidCap", "FR-NOR");
        await SetLanguage(member.Client, language);
        await SetLanguage(newcomerClient, language);
        await Created(await newcomerClient.PostAsJsonAsync($"/api/organisations/{member.Id}/join-requests",
            new { message = english ? "Radio engineer at the Brest site." : "Ingénieure radio au site de Brest." }));
        await Created(await member.Client.PostAsJsonAsync($"/api/organisations/{member.Id}/invitations", new { email = $"colleague-{Guid.NewGuid():N}@exemple.test" }));
        await Created(await inviter.Client.PostAsJsonAsync($"/api/organisations/{inviter.Id}/invitations", new { email = newcomer.Email }));
        string[] data = [.. LanguagesHost.Data, member.Name, inviter.Name, "Ingénieure radio au site de Brest."];

        var anonymous = await host.NewPage(language);
        await Journey(anonymous, $"lang-{language}-anonymous", async () =>
        {
            await anonymous.GotoAsync($"/langue/{language}?retour=/inscription");
            await Check(anonymous, language, "01-inscription", data);
            await anonymous.GotoAsync("/mot-de-passe-oublie");
            await Check(anonymous, language, "02-mot-de-passe-oublie", data);
            await anonymous.Locator("input[name='Email']").FillAsync(newcomer.Email);
            await anonymous.Locator("main button[type=submit]").ClickAsync();
            await Assertions.Expect(anonymous.Locator(".notice-success")).ToContainTextAsync(newcomer.Email);
            await Check(anonymous, language, "03-mot-de-passe-oublie-envoye", data);
            await anonymous.GotoAsync("/mot-de-passe/nouveau");
            await Check(anonymous, language, "04-lien-plus-valable", data);
            await anonymous.GotoAsync($"/mot-de-passe/nouveau?email={Uri.EscapeDataString(newcomer.Email)}&token=abc");
            await Check(anonymous, language, "05-nouveau-mot-de-passe", data);
            await anonymous.GotoAsync($"/compte/confirmer?email={Uri.EscapeDataString(newcomer.Email)}&token=abc");
            await Check(anonymous, language, "06-confirmer-adresse", data);
            await anonymous.GotoAsync("/compte/confirmer");
            await Check(anonymous, language, "07-confirmation-plus-valable", data);
            await anonymous.GotoAsync("/connexion/sso");
            await Check(anonymous, language, "08-connexion-unique", data);
            await anonymous.GotoAsync("/acces-refuse");
            await Check(anonymous, language, "09-acces-refuse", data);
        });

        var page = await host.NewPage(language);
        await Journey(page, $"lang-{language}-member", async () =>
        {
            await SignIn(page, memberEmail);
            foreach (var (path, name) in new[]
                     {
                         ("/compte", "10-mon-compte"), ("/compte/parametres", "11-parametres"), ("/compte/double-authentification", "12-double-authentification"),
                         ("/compte/codes-de-secours", "13-codes-de-secours"), ("/notifications", "14-notifications"), ("/organisation", "15-mon-organisation"),
                         ("/deconnexion", "16-deconnexion"),
                     })
            {
                await page.GotoAsync(path);
                await Check(page, language, name, data);
            }

            await page.GotoAsync("/organisation");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(newcomer.Email);
            await page.GotoAsync("/notifications");
            await Assertions.Expect(page.Locator(".notifications")).ToContainTextAsync(english ? $"Request to join {member.Name}" : $"Demande d'adhésion à {member.Name}");
        });

        var newcomerPage = await host.NewPage(language);
        await Journey(newcomerPage, $"lang-{language}-newcomer", async () =>
        {
            await SignIn(newcomerPage, newcomer.Email);
            await newcomerPage.GotoAsync("/organisation");
            await Check(newcomerPage, language, "17-creer-ou-rejoindre", data);
            await newcomerPage.GotoAsync($"/organisation?siren={inviter.Siren}");
            await Check(newcomerPage, language, "18-organisation-trouvee", data);
            await newcomerPage.GotoAsync("/invitations");
            await Assertions.Expect(newcomerPage.Locator(".notifications")).ToContainTextAsync(inviter.Name);
            await Check(newcomerPage, language, "19-mes-invitations", data);
        });

        var manager = await host.NewPage(language);
        await Journey(manager, $"lang-{language}-manager", async () =>
        {
            await SignIn(manager, WebFactory.ManagerEmail, WebFactory.ManagerPassword);
            await manager.GotoAsync($"/langue/{language}?retour=/gestion/tableau-de-bord");
            await Assertions.Expect(manager.Locator("main")).ToContainTextAsync(LanguagesHost.CallTitle);
            await Check(manager, language, "20-tableau-de-bord", data);
            await manager.GotoAsync("/gestion/comptes");
            await Check(manager, language, "21-experts-et-financeurs", data);
            await manager.GotoAsync("/gestion/messages");
            await Check(manager, language, "22-messages-en-echec", data);
        });
    }

    private static async Task Check(IPage page, string language, string name, string[] allowed)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Snapshot(page, $"lang-{language}-{name}", language);
        await LanguageScan.AssertLanguage(page, language, allowed);
    }

    private static async Task SetLanguage(HttpClient client, string language) =>
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/me/settings", new { language, emailFrequency = "Immediate" })).StatusCode);

    private static async Task Created(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");

    private static async Task<string> EmailOf(HttpClient client) =>
        (await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/me"))!["email"]!.GetValue<string>();
}
