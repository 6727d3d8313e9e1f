using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Foundation;

/// <summary>The request's language: the lang cookie, else Accept-Language, else French; API codes never change with it.</summary>
[Collection(Collections.Proposals)]
public sealed class LanguageTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task Api_error_messages_follow_Accept_Language_and_the_code_stays()
    {
        var client = _api.Anonymous();
        var english = await Problem(client, "en-US,en;q=0.9", "/api/auth/login", new { email = "nobody@example.test", password = "wrong-password-123" });
        var french = await Problem(client, "fr-FR", "/api/auth/login", new { email = "nobody@example.test", password = "wrong-password-123" });
        var none = await Problem(client, null, "/api/auth/login", new { email = "nobody@example.test", password = "wrong-password-123" });

        Assert.Equal("invalid_credentials", english["code"]!.GetValue<string>());
        Assert.Equal("invalid_credentials", french["code"]!.GetValue<string>());
        Assert.Equal("Authentication required", english["title"]!.GetValue<string>());
        Assert.Equal("Authentification requise", french["title"]!.GetValue<string>());
        Assert.Equal(french["title"]!.GetValue<string>(), none["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Validation_messages_are_translated_by_code_in_French_and_kept_in_English()
    {
        var (user, _, _) = await _api.NewUser();
        var request = new { name = "Ondes", siren = "123", region = "FR-BRE", category = "Sme" };

        var french = await Send(user, "fr", "/api/organisations", request);
        var english = await Send(user, "en", "/api/organisations", request);

        Assert.Equal(HttpStatusCode.BadRequest, french.Status);
        Assert.Equal(english.Body["code"]!.GetValue<string>(), french.Body["code"]!.GetValue<string>());
        var frenchSiren = french.Body["errors"]!["siren"]![0]!.GetValue<string>();
        var englishSiren = english.Body["errors"]!["siren"]![0]!.GetValue<string>();
        Assert.Contains("SIREN", frenchSiren);
        Assert.Contains("chiffres", frenchSiren);
        Assert.DoesNotContain("chiffres", englishSiren);
    }

    [Fact]
    public async Task Pages_follow_the_lang_cookie_before_Accept_Language_and_default_to_French()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var french = await Page(client, "/connexion", acceptLanguage: null, cookie: null);
        Assert.Contains("<html lang=\"fr\"", french);
        Assert.Contains("Mot de passe oublié ?", french);

        var fromHeader = await Page(client, "/connexion", acceptLanguage: "en-GB,en;q=0.8", cookie: null);
        Assert.Contains("<html lang=\"en\"", fromHeader);
        Assert.Contains("Forgot your password?", fromHeader);

        var cookieWins = await Page(client, "/connexion", acceptLanguage: "en-GB", cookie: "fr");
        Assert.Contains("<html lang=\"fr\"", cookieWins);
    }

    [Fact]
    public async Task The_language_switch_sets_the_cookie_and_returns_to_the_page()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/langue/en?retour=%2Finscription");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/inscription", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lang=", StringComparison.Ordinal));
        Assert.StartsWith("lang=en;", cookie);

        var page = await Page(client, "/inscription", acceptLanguage: "fr", cookie: "en");
        Assert.Contains("Create my account", page);
        Assert.Contains("hreflang=\"fr\"", page);
        Assert.DoesNotContain("Créer mon compte", page);

        var offSite = await client.GetAsync("/langue/en?retour=https%3A%2F%2Fevil.example%2F");
        Assert.Equal("/", offSite.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/langue/de")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_person_sees_pages_in_their_saved_language_and_the_switch_saves_it()
    {
        var (api, email, _) = await _api.NewUser("european");
        var web = await WebSession.SignIn(factory, email, ApiClient.Password);

        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync("/api/me/settings", new { language = "en", emailFrequency = "Immediate" })).StatusCode);
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/compte"))
        {
            request.Headers.AcceptLanguage.ParseAdd("fr-FR");
            var page = await (await web.Client.SendAsync(request)).Content.ReadAsStringAsync();
            Assert.Contains("<html lang=\"en\"", page);
        }

        var switched = await web.Client.GetAsync("/langue/fr?retour=%2Fcompte");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var settings = await api.GetFromJsonAsync<JsonObject>("/api/me/settings");
        Assert.Equal("fr", settings!["language"]!.GetValue<string>());
        Assert.Contains("<html lang=\"fr\"", await web.Client.GetStringAsync("/compte"));
    }

    [Fact]
    public async Task Eligibility_issues_are_sentences_in_the_asked_language_with_the_same_codes()
    {
        var c = await Consortium.Create(factory);
        var french = await Eligibility(c.Lead, c.ProposalId, "fr");
        var english = await Eligibility(c.Lead, c.ProposalId, "en");

        Assert.Equal(Codes(french), Codes(english));
        var frenchBudget = Message(french, "budget_below_minimum");
        var englishBudget = Message(english, "budget_below_minimum");
        Assert.Contains("Le budget total", frenchBudget);
        Assert.Contains("\u00A0€", frenchBudget);
        Assert.StartsWith("The total budget (€", englishBudget);
        Assert.DoesNotContain("(s)", string.Join(" ", french.Select(i => i!["message"]!.GetValue<string>())));
        Assert.Contains("has not entered its budget yet", Message(english, "partner_without_budget"));
        Assert.Contains(french, i => i!["message"]!.GetValue<string>().StartsWith("Le budget d'", StringComparison.Ordinal) || i["message"]!.GetValue<string>().StartsWith("Le budget de ", StringComparison.Ordinal));
        Assert.DoesNotContain(french, i => System.Text.RegularExpressions.Regex.IsMatch(i!["message"]!.GetValue<string>(), @"\bde [AEIOUYÉÈaeiouyéè]"));

        static List<string> Codes(JsonArray issues) => issues.Select(i => i!["code"]!.GetValue<string>()).ToList();
        static string Message(JsonArray issues, string code) => issues.First(i => i!["code"]!.GetValue<string>() == code)!["message"]!.GetValue<string>();
    }

    private static async Task<JsonArray> Eligibility(HttpClient client, Guid proposalId, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/proposals/{proposalId}/eligibility");
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ApiClient.ReadObject(response))["issues"]!.AsArray();
    }

    private static async Task<JsonObject> Problem(HttpClient client, string? language, string path, object body)
    {
        var (_, json) = await Send(client, language, path, body);
        return json;
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> Send(HttpClient client, string? language, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        var response = await client.SendAsync(request);
        return (response.StatusCode, await ApiClient.ReadObject(response));
    }

    private static async Task<string> Page(HttpClient client, string path, string? acceptLanguage, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", $"lang={cookie}");
        }

        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
