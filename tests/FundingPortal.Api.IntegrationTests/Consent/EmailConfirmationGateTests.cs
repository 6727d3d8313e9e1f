using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Consent;

/// <summary>An account nobody proved to own cannot be made staff (expert, funder officer, manager).</summary>
[Collection(Collections.Consent)]
public sealed class EmailConfirmationGateTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task An_unconfirmed_account_cannot_be_named_expert_or_funder_officer_until_it_is_confirmed()
    {
        var manager = await _api.Manager();
        var (state, _, _) = await CallBuilder.EnsureFunders(manager);
        var (client, email, userId) = await _api.NewUnconfirmedUser("unconfirmed");

        await ApiClient.AssertProblem(await manager.PostAsJsonAsync("/api/experts", new { userId, displayName = "Dr Nouveau", callIds = Array.Empty<Guid>() }),
            HttpStatusCode.Conflict, "email_not_confirmed");
        await ApiClient.AssertProblem(await manager.PutAsJsonAsync($"/api/admin/users/{userId}/roles", new { roles = new[] { "FunderOfficer" }, funderId = state }),
            HttpStatusCode.Conflict, "email_not_confirmed");
        await ApiClient.AssertProblem(await manager.PutAsJsonAsync($"/api/admin/users/{userId}/roles", new { roles = new[] { "Expert" } }),
            HttpStatusCode.Conflict, "email_not_confirmed");
        Assert.Empty((await client.GetFromJsonAsync<JsonObject>("/api/me"))!["roles"]!.AsArray());
        var listed = (await manager.GetFromJsonAsync<JsonArray>($"/api/admin/users?email={Uri.EscapeDataString(email)}"))!.Single()!;
        Assert.False(listed["emailConfirmed"]!.GetValue<bool>());

        await _api.ConfirmEmail(email);
        await Consortium.Expect(manager.PutAsJsonAsync($"/api/admin/users/{userId}/roles", new { roles = new[] { "FunderOfficer" }, funderId = state }), HttpStatusCode.OK);
        await Consortium.Expect(manager.PostAsJsonAsync("/api/experts", new { userId, displayName = "Dr Nouveau", callIds = Array.Empty<Guid>() }), HttpStatusCode.Created);
        var roles = (await client.GetFromJsonAsync<JsonObject>("/api/me"))!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Contains("FunderOfficer", roles);
        Assert.Contains("Expert", roles);
    }

    [Fact]
    public async Task Taking_roles_away_needs_no_confirmation_and_the_bootstrap_manager_is_confirmed()
    {
        var manager = await _api.Manager();
        var (_, _, userId) = await _api.NewUnconfirmedUser("unconfirmed");
        await Consortium.Expect(manager.PutAsJsonAsync($"/api/admin/users/{userId}/roles", new { roles = Array.Empty<string>() }), HttpStatusCode.OK);

        var bootstrap = (await manager.GetFromJsonAsync<JsonArray>($"/api/admin/users?email={Uri.EscapeDataString(ApiFactory.ManagerEmail)}"))!.Single()!;
        Assert.True(bootstrap["emailConfirmed"]!.GetValue<bool>());
    }
}
