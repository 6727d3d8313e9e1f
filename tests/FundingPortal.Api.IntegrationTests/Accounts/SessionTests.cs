using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Accounts;

/// <summary>Refresh-token rotation and sign-out, through the API as an integrator uses it.</summary>
[Collection(Collections.Consent)]
public sealed class SessionTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task A_refresh_token_works_once_and_presenting_it_again_revokes_its_whole_family()
    {
        var (_, email, _) = await _api.NewUser("rotation");
        var first = await Login(email);
        var anonymous = _api.Anonymous();

        var second = await Tokens(await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first.RefreshToken }));
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(second.AccessToken).GetAsync("/api/me")).StatusCode);

        // The first refresh token again: somebody else holds a copy. Its family dies, the legitimate holder's tokens too.
        await ApiClient.AssertProblem(await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first.RefreshToken }),
            HttpStatusCode.Unauthorized, "refresh_token_reused");
        await ApiClient.AssertProblem(await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = second.RefreshToken }),
            HttpStatusCode.Unauthorized, "invalid_refresh_token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(second.AccessToken).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(first.AccessToken).GetAsync("/api/me")).StatusCode);

        // Another session of the same account is untouched.
        var other = await Login(email);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(other.AccessToken).GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Two_refreshes_racing_with_one_token_give_one_new_pair_at_most()
    {
        var (_, email, _) = await _api.NewUser("race");
        var login = await Login(email);
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            _api.Anonymous().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = login.RefreshToken })));
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.OK) <= 1, string.Join(", ", responses.Select(r => (int)r.StatusCode)));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
    }

    [Fact]
    public async Task Logout_ends_that_session_at_once_and_only_that_one()
    {
        var (_, email, _) = await _api.NewUser("logout");
        var phone = await Login(email);
        var laptop = await Login(email);

        var logout = await Bearer(phone.AccessToken).PostAsJsonAsync("/api/auth/logout", new { refreshToken = phone.RefreshToken });
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        await ApiClient.AssertProblem(await Bearer(phone.AccessToken).GetAsync("/api/me"), HttpStatusCode.Unauthorized, "unauthenticated");
        await ApiClient.AssertProblem(await _api.Anonymous().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = phone.RefreshToken }),
            HttpStatusCode.Unauthorized, "invalid_refresh_token");
        Assert.Equal(HttpStatusCode.OK, (await Bearer(laptop.AccessToken).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.Anonymous().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = laptop.RefreshToken })).StatusCode);
    }

    [Fact]
    public async Task Logout_everywhere_ends_every_session_and_token_of_the_account()
    {
        var (_, email, _) = await _api.NewUser("everywhere");
        var one = await Login(email);
        var two = await Login(email);
        var (_, otherEmail, _) = await _api.NewUser("bystander");
        var bystander = await Login(otherEmail);

        Assert.Equal(HttpStatusCode.NoContent, (await Bearer(one.AccessToken).PostAsJsonAsync("/api/auth/logout", new { everywhere = true })).StatusCode);
        foreach (var session in new[] { one, two })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(session.AccessToken).GetAsync("/api/me")).StatusCode);
            await ApiClient.AssertProblem(await _api.Anonymous().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = session.RefreshToken }),
                HttpStatusCode.Unauthorized, "invalid_refresh_token");
        }

        Assert.Equal(HttpStatusCode.OK, (await Bearer(bystander.AccessToken).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bearer((await Login(email)).AccessToken).GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Logout_cannot_end_somebody_else_s_session_with_their_refresh_token()
    {
        var (_, victimEmail, _) = await _api.NewUser("victim");
        var victim = await Login(victimEmail);
        var (attacker, _, _) = await _api.NewUser("attacker");

        Assert.Equal(HttpStatusCode.NoContent, (await attacker.PostAsJsonAsync("/api/auth/logout", new { refreshToken = victim.RefreshToken })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(victim.AccessToken).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.Anonymous().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = victim.RefreshToken })).StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_expires_after_14_days()
    {
        var (_, email, _) = await _api.NewUser("old");
        var login = await Login(email);
        factory.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        await ApiClient.AssertProblem(await _api.Anonymous().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = login.RefreshToken }),
            HttpStatusCode.Unauthorized, "invalid_refresh_token");
    }

    private async Task<(string AccessToken, string RefreshToken)> Login(string email) =>
        await Tokens(await _api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password = ApiClient.Password }));

    private static async Task<(string AccessToken, string RefreshToken)> Tokens(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var json = JsonNode.Parse(body)!;
        Assert.Equal("Bearer", json["tokenType"]!.GetValue<string>());
        Assert.Equal(3600, json["expiresIn"]!.GetValue<long>());
        return (json["accessToken"]!.GetValue<string>(), json["refreshToken"]!.GetValue<string>());
    }

    private HttpClient Bearer(string token)
    {
        var client = _api.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
