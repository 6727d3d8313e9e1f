using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FundingPortal.Api.IntegrationTests.Infrastructure;

/// <summary>Signs users in and drives the API the way an integrator would: JSON over HTTP.</summary>
public sealed class ApiClient(ApiFactory factory)
{
    public const string Password = "correct-horse-battery";

    public HttpClient Anonymous() => factory.CreateClient();

    public async Task<HttpClient> Manager() => await Login(ApiFactory.ManagerEmail, ApiFactory.ManagerPassword);

    public async Task<HttpClient> Login(string email, string password = Password)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"login {email}: {(int)response.StatusCode} {body}");
        var token = JsonNode.Parse(body)!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A fresh registered user whose e-mail address is confirmed (as after following the confirmation link).</summary>
    public async Task<(HttpClient Client, string Email, Guid UserId)> NewUser(string prefix = "user")
    {
        var user = await NewUnconfirmedUser(prefix);
        await ConfirmEmail(user.Email);
        return user;
    }

    /// <summary>A fresh registered user who has not confirmed the e-mail address yet.</summary>
    public async Task<(HttpClient Client, string Email, Guid UserId)> NewUnconfirmedUser(string prefix = "user")
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@example.test";
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var client = await Login(email);
        var me = await client.GetFromJsonAsync<JsonObject>("/api/me");
        return (client, email, me!["userId"]!.GetValue<Guid>());
    }

    public Task ConfirmEmail(string email) => EmailConfirmation.ConfirmAsync(factory.Services, email);

    /// <summary>The e-mails the application under test sent.</summary>
    public Mailbox Mailbox => new(factory.MailDirectory);

    /// <summary>A fresh user who creates an organisation and so becomes an Applicant.</summary>
    public async Task<(HttpClient Client, Guid OrganisationId, string Email)> NewApplicant(string category = "Sme", string region = "FR-BRE", string? name = null)
    {
        var (client, email, _) = await NewUser("applicant");
        var response = await client.PostAsJsonAsync("/api/organisations", new
        {
            name = name ?? $"Organisation {Guid.NewGuid():N}"[..24],
            siren = TestSirens.Next(),
            category,
            region,
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return (client, JsonNode.Parse(body)!["id"]!.GetValue<Guid>(), email);
    }

    public static async Task<JsonObject> ReadObject(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<JsonArray> ReadArray(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

    public static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status} {code}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }
}
