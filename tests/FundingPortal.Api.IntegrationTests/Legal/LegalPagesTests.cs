using System.Net;
using System.Text.RegularExpressions;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Web.Pages.Legal;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace FundingPortal.Api.IntegrationTests.Legal;

/// <summary>
/// The pages a French public-interest service must have (accessibility statement, legal notice, personal data) and the
/// help page: anonymous, in French and English, the cluster's identity from configuration, linked from every page's footer.
/// </summary>
[Collection(Collections.Proposals)]
public sealed partial class LegalPagesTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Theory]
    [InlineData("/accessibilite", "Déclaration d'accessibilité", "Accessibility statement")]
    [InlineData("/mentions-legales", "Mentions légales", "Legal notice")]
    [InlineData("/donnees-personnelles", "Données personnelles", "Personal data")]
    [InlineData("/aide", "Aide", "Help")]
    public async Task Each_information_page_answers_anonymously_in_French_and_in_English_with_its_heading(string path, string french, string english)
    {
        var client = WebSession.NewClient(factory);

        var frenchPage = await Page(client, path, "fr");
        var englishPage = await Page(client, path, "en-GB");

        Assert.Contains($"<h1>{french}</h1>", frenchPage);
        Assert.Contains($"<title>{french} — ", frenchPage);
        Assert.Contains($"<h1>{english}</h1>", englishPage);
        Assert.Contains("<html lang=\"en\"", englishPage);
        Assert.Empty(MissingKeys(frenchPage));
        Assert.Empty(MissingKeys(englishPage));
    }

    [Fact]
    public async Task The_identity_values_come_from_configuration()
    {
        var client = WebSession.NewClient(factory);

        var notice = await Page(client, "/mentions-legales", "fr");
        Assert.Contains(ApiFactory.LegalPublisherName, notice);
        Assert.DoesNotContain("Pôle Ouest (démonstration)", notice);
        Assert.Contains("Hébergeur (démonstration)", notice);
        Assert.Contains("Portail de démonstration", notice);

        var statement = await Page(client, "/accessibilite", "fr");
        Assert.Contains($"{ApiFactory.LegalPublisherName} s'engage à rendre son portail des projets accessible", statement);
        Assert.Contains("href=\"mailto:accessibilite@pole-ouest.example\"", statement);
        Assert.Contains("non conforme", statement);
        Assert.Contains("Cette déclaration a été établie le 6 décembre 2026.", statement);
        Assert.Contains("Libre réponse 71120", statement);

        var data = await Page(client, "/donnees-personnelles", "en");
        Assert.Contains($"{ApiFactory.LegalPublisherName}, 1 rue de l'Exemple", data);
        Assert.Contains("href=\"mailto:dpo@pole-ouest.example\"", data);
        Assert.Contains("Co-funded dossiers: 10 years after the funding decision.", data);
    }

    [Fact]
    public async Task The_footer_links_the_four_pages_on_the_home_page_a_signed_in_page_and_an_error_page()
    {
        var (_, email, _) = await _api.NewUser("footer");
        var web = await WebSession.SignIn(factory, email, ApiClient.Password);
        var anonymous = WebSession.NewClient(factory);

        var home = await Page(anonymous, "/", "fr");
        var account = await Page(web.Client, "/compte", "fr");
        var missing = await anonymous.GetAsync("/cette-page-n-existe-pas");
        var error = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page introuvable", error);
        foreach (var page in new[] { home, account, error })
        {
            Assert.Contains("<a href=\"/accessibilite\">Accessibilité : non conforme</a>", page);
            Assert.Contains("<a href=\"/mentions-legales\">Mentions légales</a>", page);
            Assert.Contains("<a href=\"/donnees-personnelles\">Données personnelles</a>", page);
            Assert.Contains("<a href=\"/aide\">Aide</a>", page);
        }

        Assert.Contains(email, account);
    }

    [Fact]
    public async Task Every_cookie_the_portal_sets_on_a_visit_is_listed_on_the_personal_data_page()
    {
        var (_, email, _) = await _api.NewUser("cookies");
        var seen = new SetCookieNames();
        var web = new WebSession(factory.CreateDefaultClient(new CookieContainerHandler(), seen));

        Assert.Equal(HttpStatusCode.Redirect, (await web.PostForm("/connexion", new() { ["Input.Email"] = email, ["Input.Password"] = ApiClient.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await web.Client.GetAsync("/langue/en?retour=%2Fcompte")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await web.PostForm("/deconnexion", [])).StatusCode);
        var page = await Page(web.Client, "/donnees-personnelles", "fr");

        Assert.Superset(new HashSet<string> { "fp.af", "fp.auth", "lang", ".AspNetCore.Mvc.CookieTempDataProvider" }, seen.Names);
        var listed = PersonalDataModel.Cookies.Select(c => c.Name).ToList();
        Assert.All(seen.Names, name => Assert.Contains(name, listed));
        Assert.All(listed, name => Assert.Contains($"<code>{name}</code>", page));
    }

    private static async Task<string> Page(HttpClient client, string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        // Dates are written with no-break spaces ("6\u00A0décembre 2026"): compare them as plain spaces.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Replace('\u00A0', ' ').Replace('\u202F', ' ');
    }

    /// <summary>A text missing from the catalogue renders as its key ("Help.FaqTwiceQ").</summary>
    private static List<string> MissingKeys(string page) => MissingKey().Matches(page).Select(m => m.Value).ToList();

    [GeneratedRegex(@"\b(Legal|LegalNotice|Accessibility|PersonalData|Help|Layout)\.[A-Z][A-Za-z]+\b")]
    private static partial Regex MissingKey();

    /// <summary>Records the name of every cookie the application sets, before the cookie container takes it.</summary>
    private sealed class SetCookieNames : DelegatingHandler
    {
        public HashSet<string> Names { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                Names.UnionWith(cookies.Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)]));
            }

            return response;
        }
    }
}
