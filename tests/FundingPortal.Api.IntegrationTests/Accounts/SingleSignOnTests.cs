using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FundingPortal.Api.IntegrationTests.Accounts;

/// <summary>
/// The whole round trip over HTTP, following every redirect by hand: the portal's sign-in page, the provider's
/// authorisation endpoint (real PKCE), the portal's callback, which redeems the code over the network and links the account.
/// </summary>
[Collection(Collections.Accounts)]
public sealed partial class SingleSignOnTests(AccountsApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task A_first_sign_in_is_linked_to_the_account_with_the_same_verified_address_then_found_by_subject()
    {
        var (applicant, organisationId, email) = await _api.NewApplicant();
        var subject = $"pc-{Guid.NewGuid():N}";
        factory.Provider.NextUser = new ProviderUser(subject, email, EmailVerified: true);

        var browser = await SignInWithProvider();
        var me = await browser.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.Equal(email, me!["email"]!.GetValue<string>());
        Assert.Equal(organisationId, me["organisationId"]!.GetValue<Guid>());
        Assert.True(me["emailConfirmed"]!.GetValue<bool>());
        Assert.True(factory.Provider.PkceRequests > 0);
        Assert.Equal(0, factory.Provider.RequestsWithoutPkce);

        // Later the provider's address changed; the link holds by subject.
        factory.Provider.NextUser = new ProviderUser(subject, $"nouvelle-{Guid.NewGuid():N}@example.test", EmailVerified: true);
        var again = await SignInWithProvider();
        Assert.Equal(email, (await again.GetFromJsonAsync<JsonObject>("/api/me"))!["email"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync("/api/me")).StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public async Task An_address_the_provider_does_not_say_is_verified_links_to_nothing(bool? verified)
    {
        var (_, _, email) = await _api.NewApplicant();
        factory.Provider.NextUser = new ProviderUser($"pc-{Guid.NewGuid():N}", email, verified);

        var (browser, page) = await FollowToCallback();
        Assert.Contains("n'a pas confirmé que l'adresse e-mail", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Without_an_account_a_first_sign_in_creates_a_confirmed_account_with_no_role()
    {
        var email = $"agent-{Guid.NewGuid():N}@exemple.gouv.fr";
        factory.Provider.NextUser = new ProviderUser($"pc-{Guid.NewGuid():N}", email, EmailVerified: true);

        var browser = await SignInWithProvider();
        var me = await browser.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.Equal(email, me!["email"]!.GetValue<string>());
        Assert.Empty(me["roles"]!.AsArray());
        Assert.True(me["emailConfirmed"]!.GetValue<bool>());
        Assert.Null(me["organisationId"]);
        // No password was set: the password sign-in cannot be used until one is chosen by e-mail.
        await ApiClient.AssertProblem(await _api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password = ApiClient.Password }),
            HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task An_account_with_mfa_still_gives_its_second_factor_after_single_sign_on()
    {
        var (client, email, _) = await _api.NewUser("sso-mfa");
        var secret = (await ApiClient.ReadObject(await client.PostAsync("/api/auth/mfa/setup", null)))["secret"]!.GetValue<string>();
        await client.PostAsJsonAsync("/api/auth/mfa/enable", new { code = TestTotp.Code(secret, factory.Clock.GetUtcNow()) });
        factory.Provider.NextUser = new ProviderUser($"pc-{Guid.NewGuid():N}", email, EmailVerified: true);

        var (browser, callback) = await FollowToCallbackResponse();
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.StartsWith("/connexion/verification", callback.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Twelve_first_sign_ins_of_one_new_identity_at_once_all_sign_in_to_one_account_and_none_is_a_500()
    {
        var email = $"agent-{Guid.NewGuid():N}@exemple.gouv.fr";
        factory.Provider.NextUser = new ProviderUser($"pc-{Guid.NewGuid():N}", email, EmailVerified: true);

        // Every flow is taken to the portal's callback first, then the twelve callbacks run together: they all try to
        // create the account and link the identity at the same moment.
        var flows = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => FollowToProviderReturn()));
        var callbacks = await Task.WhenAll(flows.Select(f => f.Browser.GetAsync(f.Callback)));

        Assert.All(callbacks, c => Assert.True(c.StatusCode == HttpStatusCode.Redirect && c.Headers.Location!.OriginalString == "/", c.StatusCode.ToString()));
        var accounts = await Task.WhenAll(flows.Select(async f => (await f.Browser.GetFromJsonAsync<JsonObject>("/api/me"))!["userId"]!.GetValue<Guid>()));
        Assert.Single(accounts.Distinct());
    }

    private async Task<HttpClient> SignInWithProvider()
    {
        var (browser, callback) = await FollowToCallbackResponse();
        Assert.True(callback.StatusCode == HttpStatusCode.Redirect, await callback.Content.ReadAsStringAsync());
        Assert.Equal("/", callback.Headers.Location!.OriginalString);
        return browser;
    }

    private async Task<(HttpClient Browser, string Page)> FollowToCallback()
    {
        var (browser, callback) = await FollowToCallbackResponse();
        Assert.Equal(HttpStatusCode.OK, callback.StatusCode);
        return (browser, WebUtility.HtmlDecode(await callback.Content.ReadAsStringAsync()));
    }

    /// <summary>Sign-in page → "Se connecter avec ProConnect" → provider → /signin-oidc → /connexion/externe (its response).</summary>
    private async Task<(HttpClient Browser, HttpResponseMessage Callback)> FollowToCallbackResponse()
    {
        var (browser, callback) = await FollowToProviderReturn();
        return (browser, await browser.GetAsync(callback));
    }

    /// <summary>Sign-in page → "Se connecter avec ProConnect" → provider → /signin-oidc: the address of the portal's callback page.</summary>
    private async Task<(HttpClient Browser, Uri Callback)> FollowToProviderReturn()
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await browser.GetStringAsync("/connexion");
        Assert.Contains("Se connecter avec ProConnect", page, StringComparison.Ordinal);
        var antiforgery = AntiforgeryField().Matches(page).Last().Groups[1].Value;

        var start = await browser.PostAsync("/connexion/sso", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", antiforgery), new("returnUrl", "/")]));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var authorize = start.Headers.Location!;
        Assert.StartsWith(factory.Provider.Authority.ToString(), authorize.ToString(), StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", authorize.Query, StringComparison.Ordinal);

        using var providerClient = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var issued = await providerClient.GetAsync(authorize);
        Assert.True(issued.StatusCode == HttpStatusCode.Redirect, await issued.Content.ReadAsStringAsync());
        var back = issued.Headers.Location!;
        Assert.Equal("/signin-oidc", back.AbsolutePath);

        var handled = await browser.GetAsync(back.PathAndQuery);
        Assert.True(handled.StatusCode == HttpStatusCode.Redirect, await handled.Content.ReadAsStringAsync());
        Assert.StartsWith("/connexion/externe", handled.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return (browser, handled.Headers.Location);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
