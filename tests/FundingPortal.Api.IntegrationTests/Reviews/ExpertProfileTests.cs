using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Reviews;

[Collection(Collections.Reviews)]
public sealed class ExpertProfileTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task A_manager_makes_a_user_an_expert_of_a_call_whose_public_list_any_user_reads()
    {
        var s = await ReviewScenario.Create(factory);
        var organisation = await s.NewApplicant("Large", "FR-NOR");
        var expert = await s.NewExpert("Dr Anne Expert", ["5G", "cybersécurité"], (organisation.OrganisationId, new DateOnly(2018, 1, 1), null));

        var me = await expert.Client.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.Contains("Expert", me!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(expert.ExpertId, me["expertId"]!.GetValue<Guid>());

        var profile = await expert.Client.GetFromJsonAsync<JsonObject>("/api/experts/me");
        Assert.Equal("Dr Anne Expert", profile!["displayName"]!.GetValue<string>());
        Assert.Equal(organisation.OrganisationId, profile["affiliations"]![0]!["organisationId"]!.GetValue<Guid>());

        var (anyone, _, _) = await s.Api.NewUser();
        var list = await anyone.GetFromJsonAsync<JsonArray>($"/api/calls/{s.CallId}/experts");
        var entry = Assert.Single(list!)!.AsObject();
        Assert.Equal(expert.ExpertId, entry["expertId"]!.GetValue<Guid>());
        Assert.Equal("Dr Anne Expert", entry["displayName"]!.GetValue<string>());
        Assert.Equal(2, entry.Count);
    }

    [Fact]
    public async Task Only_managers_create_experts_once_per_user_with_known_organisations_and_calls()
    {
        var s = await ReviewScenario.Create(factory);
        var (client, _, userId) = await s.Api.NewUser();

        var byUser = await client.PostAsJsonAsync("/api/experts", new { userId, displayName = "Moi", callIds = new[] { s.CallId } });
        Assert.Equal(HttpStatusCode.Forbidden, byUser.StatusCode);

        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync("/api/experts", new
        {
            userId, displayName = "X", affiliations = new[] { new { organisationId = Guid.NewGuid(), from = new DateOnly(2020, 1, 1) } },
        }), HttpStatusCode.BadRequest, "unknown_organisation");
        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync("/api/experts", new { userId, displayName = "X", callIds = new[] { Guid.NewGuid() } }),
            HttpStatusCode.BadRequest, "unknown_call");
        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync("/api/experts", new { userId = Guid.NewGuid(), displayName = "X" }),
            HttpStatusCode.BadRequest, "unknown_user");

        Assert.Equal(HttpStatusCode.Created, (await s.Manager.PostAsJsonAsync("/api/experts", new { userId, displayName = "X", callIds = new[] { s.CallId } })).StatusCode);
        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync("/api/experts", new { userId, displayName = "X" }), HttpStatusCode.Conflict, "expert_exists");
    }

    [Fact]
    public async Task Applicants_may_exclude_only_experts_of_their_call()
    {
        var s = await ReviewScenario.Create(factory);
        var expert = await s.NewExpert("Dr Exclu", ["IA"]);
        var lead = await s.NewApplicant("Sme", "FR-BRE");
        var created = await ApiClient.ReadObject(await lead.Client.PostAsJsonAsync($"/api/calls/{s.CallId}/proposals", Consortium.ValidFields));
        var proposalId = created["id"]!.GetValue<Guid>();

        await ApiClient.AssertProblem(await lead.Client.PutAsJsonAsync($"/api/proposals/{proposalId}/excluded-experts", new { expertIds = new[] { Guid.NewGuid() } }),
            HttpStatusCode.BadRequest, "unknown_expert");
        var excluded = await lead.Client.PutAsJsonAsync($"/api/proposals/{proposalId}/excluded-experts", new { expertIds = new[] { expert.ExpertId } });
        Assert.Equal(HttpStatusCode.OK, excluded.StatusCode);
        Assert.Equal(expert.ExpertId, (await ApiClient.ReadObject(excluded))["excludedExpertIds"]![0]!.GetValue<Guid>());

        // A stranger learns nothing about the dossier, even with a bad expert id.
        var stranger = await s.NewApplicant("Sme", "FR-BRE");
        Assert.Equal(HttpStatusCode.NotFound,
            (await stranger.Client.PutAsJsonAsync($"/api/proposals/{proposalId}/excluded-experts", new { expertIds = new[] { Guid.NewGuid() } })).StatusCode);
    }

    [Fact]
    public async Task Experts_declare_conflicts_and_nobody_else_can()
    {
        var s = await ReviewScenario.Create(factory);
        var expert = await s.NewExpert("Dr Déclare", ["IA"]);
        var organisation = await s.NewApplicant("Sme", "FR-BRE");

        var declared = await expert.Client.PostAsJsonAsync("/api/experts/me/conflicts", new { organisationId = organisation.OrganisationId, reason = "Mon frère y travaille." });
        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        var profile = await expert.Client.GetFromJsonAsync<JsonObject>("/api/experts/me");
        Assert.Equal(organisation.OrganisationId, profile!["declaredConflicts"]![0]!["organisationId"]!.GetValue<Guid>());

        await ApiClient.AssertProblem(await expert.Client.PostAsJsonAsync("/api/experts/me/conflicts", new { reason = "?" }), HttpStatusCode.BadRequest, "validation_failed");
        await ApiClient.AssertProblem(await expert.Client.PostAsJsonAsync("/api/experts/me/conflicts", new { proposalId = Guid.NewGuid(), reason = "?" }),
            HttpStatusCode.BadRequest, "unknown_proposal");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await organisation.Client.PostAsJsonAsync("/api/experts/me/conflicts", new { organisationId = organisation.OrganisationId, reason = "?" })).StatusCode);
    }
}
