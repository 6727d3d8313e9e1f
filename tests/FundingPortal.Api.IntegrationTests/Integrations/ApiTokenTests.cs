using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using Npgsql;

namespace FundingPortal.Api.IntegrationTests.Integrations;

/// <summary>API tokens (api.md "API for integrators"): shown once, hashed at rest, scoped, expiring, revocable.</summary>
[Collection(Collections.Proposals)]
public sealed class ApiTokenTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task A_token_is_shown_once_kept_only_as_its_SHA256_and_acts_as_its_user_with_its_last_use_listed()
    {
        var (owner, _, userId) = await _api.NewUser("integrator");
        var created = await owner.PostAsJsonAsync("/api/me/api-tokens", new { name = "CRM du pôle", scopes = new[] { "read", "write" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await ApiClient.ReadObject(created);
        var secret = body["token"]!.GetValue<string>();
        var id = body["id"]!.GetValue<Guid>();
        Assert.StartsWith("fpat_", secret, StringComparison.Ordinal);
        Assert.True(secret.Length >= 45, secret);

        var listed = await owner.GetStringAsync("/api/me/api-tokens");
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        var row = await StoredRow(id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), row["token_hash"]);
        Assert.DoesNotContain(row.Values, v => v.Contains(secret, StringComparison.Ordinal));

        var me = await WithToken(secret).GetFromJsonAsync<JsonObject>("/api/me");
        Assert.Equal(userId, me!["userId"]!.GetValue<Guid>());
        var token = (await owner.GetFromJsonAsync<JsonArray>("/api/me/api-tokens"))!.Single()!;
        Assert.Equal("CRM du pôle", token["name"]!.GetValue<string>());
        Assert.Equal(factory.Clock.GetUtcNow(), token["lastUsedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(secret[..9], token["hint"]!.GetValue<string>());
        Assert.Null(token["token"]);
    }

    [Fact]
    public async Task A_read_token_reads_but_every_write_gets_403_insufficient_scope_while_a_write_token_writes()
    {
        var (owner, _, _) = await _api.NewUser("integrator");
        var reader = WithToken(await NewToken(owner, ["read"]));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/calls")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/me/settings")).StatusCode);

        await ApiClient.AssertProblem(await reader.PostAsJsonAsync("/api/organisations", NewOrganisation()), HttpStatusCode.Forbidden, "insufficient_scope");
        await ApiClient.AssertProblem(await reader.PutAsJsonAsync("/api/me/settings", new { language = "en", emailFrequency = "Off" }), HttpStatusCode.Forbidden,
            "insufficient_scope");
        await ApiClient.AssertProblem(await reader.PostAsJsonAsync("/api/me/api-tokens", new { name = "x", scopes = new[] { "write" } }), HttpStatusCode.Forbidden,
            "insufficient_scope");
        Assert.Equal("fr", (await owner.GetFromJsonAsync<JsonObject>("/api/me/settings"))!["language"]!.GetValue<string>());

        var writer = WithToken(await NewToken(owner, ["write"]));
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync("/api/organisations", NewOrganisation())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/api/proposals")).StatusCode);
    }

    [Fact]
    public async Task An_expired_revoked_or_unknown_token_gets_401()
    {
        var (owner, _, _) = await _api.NewUser("integrator");
        var expiring = await NewToken(owner, ["read"], factory.Clock.GetUtcNow().AddHours(1));
        var revoked = await NewToken(owner, ["read", "write"]);
        Assert.Equal(HttpStatusCode.OK, (await WithToken(expiring).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithToken(revoked).GetAsync("/api/me")).StatusCode);

        var revokedId = (await owner.GetFromJsonAsync<JsonArray>("/api/me/api-tokens"))!.First(t => t!["scopes"]!.AsArray().Count == 2)!["id"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/me/api-tokens/{revokedId}")).StatusCode);
        await ApiClient.AssertProblem(await WithToken(revoked).GetAsync("/api/me"), HttpStatusCode.Unauthorized, "unauthenticated");
        await ApiClient.AssertProblem(await WithToken(revoked).PostAsJsonAsync("/api/organisations", NewOrganisation()), HttpStatusCode.Unauthorized, "unauthenticated");

        factory.Clock.Advance(TimeSpan.FromHours(2));
        await ApiClient.AssertProblem(await WithToken(expiring).GetAsync("/api/me"), HttpStatusCode.Unauthorized, "unauthenticated");
        await ApiClient.AssertProblem(await WithToken("fpat_" + new string('x', 43)).GetAsync("/api/me"), HttpStatusCode.Unauthorized, "unauthenticated");

        var listed = (await owner.GetFromJsonAsync<JsonArray>("/api/me/api-tokens"))!;
        Assert.Contains(listed, t => t!["revokedAt"] is not null);
        Assert.Contains(listed, t => t!["expiresAt"] is not null);
    }

    [Fact]
    public async Task Tokens_need_no_anti_forgery_header_open_no_web_page_and_cannot_revoke_another_users_token()
    {
        var (owner, _, _) = await _api.NewUser("integrator");
        var writer = WithToken(await NewToken(owner, ["read", "write"]));
        writer.DefaultRequestHeaders.Add("Origin", "https://elsewhere.example");
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync("/api/organisations", NewOrganisation())).StatusCode);

        var page = await writer.GetAsync("/compte/parametres");
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);

        var (stranger, _, _) = await _api.NewUser("stranger");
        var ownersToken = (await owner.GetFromJsonAsync<JsonArray>("/api/me/api-tokens"))!.Single()!["id"]!.GetValue<Guid>();
        await ApiClient.AssertProblem(await stranger.DeleteAsync($"/api/me/api-tokens/{ownersToken}"), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_nameless_unscoped_or_already_expired_token_is_refused_with_its_code()
    {
        var (owner, _, _) = await _api.NewUser("integrator");
        var past = factory.Clock.GetUtcNow().AddMinutes(-1);
        await ApiClient.AssertProblem(await owner.PostAsJsonAsync("/api/me/api-tokens", new { name = " ", scopes = new[] { "read" } }), HttpStatusCode.BadRequest,
            "invalid_token_name");
        await ApiClient.AssertProblem(await owner.PostAsJsonAsync("/api/me/api-tokens", new { name = "CRM", scopes = new[] { "admin" } }), HttpStatusCode.BadRequest,
            "invalid_scope");
        await ApiClient.AssertProblem(await owner.PostAsJsonAsync("/api/me/api-tokens", new { name = "CRM", scopes = Array.Empty<string>() }), HttpStatusCode.BadRequest,
            "invalid_scope");
        await ApiClient.AssertProblem(await owner.PostAsJsonAsync("/api/me/api-tokens", new { name = "CRM", scopes = new[] { "read" }, expiresAt = past }),
            HttpStatusCode.BadRequest, "invalid_expiry");
        Assert.Empty((await owner.GetFromJsonAsync<JsonArray>("/api/me/api-tokens"))!);
        await ApiClient.AssertProblem(await _api.Anonymous().PostAsJsonAsync("/api/me/api-tokens", new { name = "CRM", scopes = new[] { "read" } }),
            HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task The_account_page_creates_a_token_shown_once_that_opens_the_API_then_revokes_it()
    {
        var (_, email, userId) = await _api.NewUser("integrator");
        var web = await WebSession.SignIn(factory, email, ApiClient.Password);
        var created = await web.PostForm("/compte/jetons-api", new() { ["Name"] = "Outil régional", ["Read"] = "true", ["ValidDays"] = "30" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var html = await created.Content.ReadAsStringAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(html, "<code id=\"new-token\">(fpat_[^<]+)</code>").Groups[1].Value;
        Assert.NotEmpty(secret);
        Assert.Equal(userId, (await WithToken(secret).GetFromJsonAsync<JsonObject>("/api/me"))!["userId"]!.GetValue<Guid>());

        var listed = await web.Client.GetStringAsync("/compte/jetons-api");
        Assert.Contains("Outil régional", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        Assert.Contains(secret[..9], listed, StringComparison.Ordinal);

        var id = System.Text.RegularExpressions.Regex.Match(listed, "name=\"tokenId\" value=\"([0-9a-f-]+)\"").Groups[1].Value;
        var revoked = await web.PostForm("/compte/jetons-api?handler=Revoke", new() { ["tokenId"] = id });
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        await ApiClient.AssertProblem(await WithToken(secret).GetAsync("/api/me"), HttpStatusCode.Unauthorized, "unauthenticated");

        var english = new HttpRequestMessage(HttpMethod.Get, "/compte/jetons-api");
        english.Headers.Add("Cookie", "lang=en");
        Assert.Contains("API tokens", await (await web.Client.SendAsync(english)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> NewToken(HttpClient owner, string[] scopes, DateTimeOffset? expiresAt = null)
    {
        var response = await owner.PostAsJsonAsync("/api/me/api-tokens", new { name = $"Jeton {Guid.NewGuid():N}"[..12], scopes, expiresAt });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ApiClient.ReadObject(response))["token"]!.GetValue<string>();
    }

    private HttpClient WithToken(string secret)
    {
        var client = _api.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private static object NewOrganisation() =>
        new { name = $"Organisation {Guid.NewGuid():N}"[..24], siren = TestSirens.Next(), category = "Sme", region = "FR-BRE" };

    private async Task<Dictionary<string, string>> StoredRow(Guid id)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT * FROM api_tokens WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i)) ?? "");
    }
}
