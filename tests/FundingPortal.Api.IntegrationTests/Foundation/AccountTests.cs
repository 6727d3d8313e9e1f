using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Foundation;

[Collection(Collections.Proposals)]
public sealed class AccountTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task Bootstrap_manager_can_log_in_and_has_the_manager_role()
    {
        var manager = await _api.Manager();
        var me = await manager.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.Equal(ApiFactory.ManagerEmail, me!["email"]!.GetValue<string>());
        Assert.Contains("ClusterManager", me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Login_returns_bearer_tokens_and_refresh_gives_new_ones()
    {
        var email = $"refresh-{Guid.NewGuid():N}@example.test";
        var client = _api.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/register", new { email, password = ApiClient.Password })).StatusCode);

        var login = await ApiClient.ReadObject(await client.PostAsJsonAsync("/api/auth/login", new { email, password = ApiClient.Password }));
        Assert.Equal("Bearer", login["tokenType"]!.GetValue<string>());
        Assert.True(login["expiresIn"]!.GetValue<long>() > 0);

        var refreshed = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = login["refreshToken"]!.GetValue<string>() });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.False(string.IsNullOrEmpty((await ApiClient.ReadObject(refreshed))["accessToken"]!.GetValue<string>()));

        await ApiClient.AssertProblem(await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "garbage" }), HttpStatusCode.Unauthorized, "invalid_refresh_token");
    }

    [Fact]
    public async Task Wrong_password_is_a_401_problem_and_duplicate_registration_looks_like_a_new_one()
    {
        var (_, email, _) = await _api.NewUser();
        var client = _api.Anonymous();
        await ApiClient.AssertProblem(await client.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-password-123" }), HttpStatusCode.Unauthorized, "invalid_credentials");

        // No enumeration: an address already taken answers exactly like a free one (its owner is told by e-mail).
        var again = await client.PostAsJsonAsync("/api/auth/register", new { email, password = ApiClient.Password });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(email, (await ApiClient.ReadObject(again))["email"]!.GetValue<string>());
        var fresh = $"fresh-{Guid.NewGuid():N}@example.test";
        var created = await client.PostAsJsonAsync("/api/auth/register", new { email = fresh, password = ApiClient.Password });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(["email"], (await ApiClient.ReadObject(created)).Select(p => p.Key));
        Assert.Equal(["email"], (await ApiClient.ReadObject(again)).Select(p => p.Key));

        await ApiClient.AssertProblem(await client.PostAsJsonAsync("/api/auth/register", new { email = "not-an-email", password = ApiClient.Password }), HttpStatusCode.BadRequest, "invalid_email");
        await ApiClient.AssertProblem(await client.PostAsJsonAsync("/api/auth/register", new { email = $"short-{Guid.NewGuid():N}@example.test", password = "short" }), HttpStatusCode.BadRequest, "weak_password");
    }

    [Fact]
    public async Task Fresh_user_has_no_role_until_creating_an_organisation()
    {
        var (client, _, _) = await _api.NewUser();
        var me = await client.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.Empty(me!["roles"]!.AsArray());
        Assert.Null(me["organisationId"]);

        var created = await client.PostAsJsonAsync("/api/organisations", new { name = "Ondes & Réseaux SAS", siren = TestSirens.Next(), category = "Sme", region = "FR-BRE" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var organisationId = (await ApiClient.ReadObject(created))["id"]!.GetValue<Guid>();

        // Same token: roles are read fresh, not frozen in the token.
        me = await client.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.Equal(["Applicant"], me!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(organisationId, me["organisationId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Manager_lists_users_and_grants_roles()
    {
        var manager = await _api.Manager();
        var (client, email, userId) = await _api.NewUser("expert");
        var users = await manager.GetFromJsonAsync<JsonArray>($"/api/admin/users?email={Uri.EscapeDataString(email)}");
        Assert.Single(users!);

        var (state, _, _) = await CallBuilder.EnsureFunders(manager);
        var response = await manager.PutAsJsonAsync($"/api/admin/users/{userId}/roles", new { roles = new[] { "FunderOfficer" }, funderId = state });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await client.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.Equal(["FunderOfficer"], me!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(state, me["funderId"]!.GetValue<Guid>());

        await ApiClient.AssertProblem(await manager.PutAsJsonAsync($"/api/admin/users/{userId}/roles", new { roles = new[] { "Emperor" } }), HttpStatusCode.BadRequest, "unknown_role");
        await ApiClient.AssertProblem(await manager.PutAsJsonAsync($"/api/admin/users/{userId}/roles", new { roles = new[] { "FunderOfficer" } }), HttpStatusCode.BadRequest, "funder_required");
        await ApiClient.AssertProblem(await manager.PutAsJsonAsync($"/api/admin/users/{Guid.NewGuid()}/roles", new { roles = new[] { "Expert" } }), HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData("GET", "/api/me")]
    [InlineData("GET", "/api/admin/users")]
    [InlineData("PUT", "/api/admin/users/00000000-0000-0000-0000-000000000001/roles")]
    [InlineData("POST", "/api/organisations")]
    [InlineData("GET", "/api/organisations?siren=123456782")]
    [InlineData("GET", "/api/organisations/00000000-0000-0000-0000-000000000001")]
    [InlineData("POST", "/api/organisations/00000000-0000-0000-0000-000000000001/members")]
    [InlineData("POST", "/api/funders")]
    [InlineData("GET", "/api/funders")]
    [InlineData("POST", "/api/calls")]
    [InlineData("GET", "/api/calls")]
    [InlineData("GET", "/api/calls/00000000-0000-0000-0000-000000000001")]
    [InlineData("PUT", "/api/calls/00000000-0000-0000-0000-000000000001")]
    [InlineData("POST", "/api/calls/00000000-0000-0000-0000-000000000001/publish")]
    public async Task Anonymous_callers_get_a_401_problem(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };
        await ApiClient.AssertProblem(await _api.Anonymous().SendAsync(request), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Theory]
    [InlineData("GET", "/api/admin/users")]
    [InlineData("PUT", "/api/admin/users/00000000-0000-0000-0000-000000000001/roles")]
    [InlineData("POST", "/api/funders")]
    [InlineData("POST", "/api/calls")]
    [InlineData("PUT", "/api/calls/00000000-0000-0000-0000-000000000001")]
    [InlineData("POST", "/api/calls/00000000-0000-0000-0000-000000000001/publish")]
    public async Task Applicants_get_a_403_problem_on_manager_endpoints(string method, string path)
    {
        var (applicant, _, _) = await _api.NewApplicant();
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };
        await ApiClient.AssertProblem(await applicant.SendAsync(request), HttpStatusCode.Forbidden, "forbidden");
    }
}
