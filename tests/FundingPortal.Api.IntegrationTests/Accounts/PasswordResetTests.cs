using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Accounts;

[Collection(Collections.Accounts)]
public sealed class PasswordResetTests(AccountsApiFactory factory) : PortalTest(factory)
{
    private const string NewPassword = "Nouvelle-Phrase-De-Passe-2026";
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task A_reset_link_arrives_by_smtp_works_once_and_ends_every_session_of_the_account()
    {
        var (client, email, _) = await _api.NewUser("reset");
        var login = await Login(email, ApiClient.Password);
        var anonymous = _api.Anonymous();

        var forgot = await anonymous.PostAsJsonAsync("/api/auth/password/forgot", new { email });
        Assert.Equal(HttpStatusCode.Accepted, forgot.StatusCode);
        var mail = await factory.Mail.WaitFor(email, m => m.Subject == "Changement de votre mot de passe");
        Assert.Contains("valable une heure", mail.Text, StringComparison.Ordinal);
        var link = mail.LinkTo("/mot-de-passe/nouveau");
        Assert.Equal(new Uri(AccountsApiFactory.PortalUrl).Host, link.Host);
        Assert.Equal(email, ReceivedEmail.QueryValue(link, "email"));
        var token = ReceivedEmail.QueryValue(link, "token")!;

        // A weak new password is refused without spending the link.
        await ApiClient.AssertProblem(await anonymous.PostAsJsonAsync("/api/auth/password/reset", new { email, token, newPassword = "motdepasse123" }),
            HttpStatusCode.BadRequest, "weak_password");
        var reset = await anonymous.PostAsJsonAsync("/api/auth/password/reset", new { email, token, newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);

        // Every earlier token of the account is dead at once: the access tokens of two sessions and the refresh token.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithBearer(login.AccessToken).GetAsync("/api/me")).StatusCode);
        await ApiClient.AssertProblem(await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = login.RefreshToken }),
            HttpStatusCode.Unauthorized, "invalid_refresh_token");

        await ApiClient.AssertProblem(await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = ApiClient.Password }),
            HttpStatusCode.Unauthorized, "invalid_credentials");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = NewPassword })).StatusCode);

        await ApiClient.AssertProblem(await anonymous.PostAsJsonAsync("/api/auth/password/reset", new { email, token, newPassword = "Encore-Une-Autre-Phrase-2026" }),
            HttpStatusCode.BadRequest, "invalid_token");
    }

    [Fact]
    public async Task Forgot_answers_the_same_for_unknown_addresses_and_sends_them_nothing()
    {
        var (_, known, _) = await _api.NewUser("known");
        var unknown = $"personne-{Guid.NewGuid():N}@example.test";
        var anonymous = _api.Anonymous();

        var forKnown = await anonymous.PostAsJsonAsync("/api/auth/password/forgot", new { email = known });
        var forUnknown = await anonymous.PostAsJsonAsync("/api/auth/password/forgot", new { email = unknown });
        Assert.Equal(HttpStatusCode.Accepted, forKnown.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, forUnknown.StatusCode);
        Assert.Equal(await forKnown.Content.ReadAsStringAsync(), await forUnknown.Content.ReadAsStringAsync());

        await factory.Mail.WaitFor(known, m => m.Subject == "Changement de votre mot de passe");
        await factory.AccountEmailsHandled(unknown);
        Assert.Empty(factory.Mail.To(unknown));
        await ApiClient.AssertProblem(await anonymous.PostAsJsonAsync("/api/auth/password/forgot", new { email = "pas-une-adresse" }),
            HttpStatusCode.BadRequest, "invalid_email");
    }

    [Fact]
    public async Task A_reset_link_expires_after_one_hour_and_a_forged_one_never_works()
    {
        var (_, email, _) = await _api.NewUser("expiry");
        var anonymous = _api.Anonymous();
        await anonymous.PostAsJsonAsync("/api/auth/password/forgot", new { email });
        var token = ReceivedEmail.QueryValue((await factory.Mail.WaitFor(email, m => m.Subject == "Changement de votre mot de passe")).LinkTo("/mot-de-passe/nouveau"), "token");

        await ApiClient.AssertProblem(await anonymous.PostAsJsonAsync("/api/auth/password/reset", new { email, token = token + "x", newPassword = NewPassword }),
            HttpStatusCode.BadRequest, "invalid_token");
        await ApiClient.AssertProblem(await anonymous.PostAsJsonAsync("/api/auth/password/reset",
            new { email = $"autre-{Guid.NewGuid():N}@example.test", token, newPassword = NewPassword }), HttpStatusCode.BadRequest, "invalid_token");

        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        await ApiClient.AssertProblem(await anonymous.PostAsJsonAsync("/api/auth/password/reset", new { email, token, newPassword = NewPassword }),
            HttpStatusCode.BadRequest, "invalid_token");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = ApiClient.Password })).StatusCode);
    }

    private async Task<(string AccessToken, string RefreshToken)> Login(string email, string password)
    {
        var body = await ApiClient.ReadObject(await _api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password }));
        return (body["accessToken"]!.GetValue<string>(), body["refreshToken"]!.GetValue<string>());
    }

    private HttpClient WithBearer(string token)
    {
        var client = _api.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
