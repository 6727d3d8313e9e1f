using System.Net;
using System.Text.RegularExpressions;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FundingPortal.Api.IntegrationTests.Accounts;

/// <summary>The web sign-in form counts against the same limiter as POST /api/auth/login (5 a minute in this fixture).</summary>
[Collection(Collections.WebSignInLimit)]
public sealed partial class WebSignInLimitTests(StrictRateLimitFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task Too_many_sign_in_attempts_on_the_form_get_a_french_429_page_with_retry_after()
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var token = AntiforgeryField().Match(await browser.GetStringAsync("/connexion")).Groups[1].Value;

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
        {
            responses.Add(await browser.PostAsync("/connexion", new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", token), new("Input.Email", "manager@cluster.test"), new("Input.Password", "Devine-Mon-Mot-De-Passe-" + i),
            ])));
        }

        Assert.Equal(HttpStatusCode.OK, responses[0].StatusCode);
        var limited = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(limited.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        Assert.Equal("text/html", limited.Content.Headers.ContentType?.MediaType);
        var page = await limited.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Trop de tentatives</h1>", page, StringComparison.Ordinal);
        Assert.Contains("patientez", page, StringComparison.Ordinal);

        // Reading the form is not limited; the API's login shares the same budget and is refused too.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/connexion")).StatusCode);
        var api = await browser.PostAsync("/api/auth/login", new StringContent("{\"email\":\"a@b.fr\",\"password\":\"x\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.True(api.Headers.RetryAfter is not null);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
