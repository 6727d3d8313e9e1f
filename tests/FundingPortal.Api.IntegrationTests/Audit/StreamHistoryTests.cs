using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Audit;

/// <summary>The call, assignment and expert streams are readable by who may see those objects; anyone else is told they do not exist.</summary>
[Collection(Collections.Audit)]
public sealed class StreamHistoryTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task Managers_read_a_call_s_history_and_nobody_else_does()
    {
        var scenario = await AuditScenario.Create(factory);
        var history = (await scenario.Manager.GetFromJsonAsync<JsonArray>($"/api/calls/{scenario.Review.CallId}/history"))!;
        Assert.Equal(["call_created", "call_published"], history.Select(e => e!["action"]!.GetValue<string>()));
        Assert.Equal([1, 2], history.Select(e => e!["sequence"]!.GetValue<int>()));
        Assert.Equal(history[0]!["hash"]!.GetValue<string>(), history[1]!["previousHash"]!.GetValue<string>());

        await ApiClient.AssertProblem(await scenario.Dossier.Lead.Client.GetAsync($"/api/calls/{scenario.Review.CallId}/history"), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await scenario.Expert.Client.GetAsync($"/api/calls/{scenario.Review.CallId}/history"), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await scenario.Manager.GetAsync($"/api/calls/{Guid.NewGuid()}/history"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task The_expert_and_managers_read_the_assignment_s_and_the_expert_s_history_and_another_expert_does_not()
    {
        var scenario = await AuditScenario.Create(factory);
        var other = await scenario.Review.NewExpert("Autre Experte", ["santé"]);

        foreach (var reader in new[] { scenario.Manager, scenario.Expert.Client })
        {
            var assignment = (await reader.GetFromJsonAsync<JsonArray>($"/api/assignments/{scenario.AssignmentId}/history"))!;
            Assert.Equal(["expert_assigned"], assignment.Select(e => e!["action"]!.GetValue<string>()));
            var expert = (await reader.GetFromJsonAsync<JsonArray>($"/api/experts/{scenario.Expert.ExpertId}/history"))!;
            Assert.Equal(["expert_created"], expert.Select(e => e!["action"]!.GetValue<string>()));
        }

        foreach (var stranger in new[] { other.Client, scenario.Dossier.Lead.Client })
        {
            await ApiClient.AssertProblem(await stranger.GetAsync($"/api/assignments/{scenario.AssignmentId}/history"), HttpStatusCode.NotFound, "not_found");
            await ApiClient.AssertProblem(await stranger.GetAsync($"/api/experts/{scenario.Expert.ExpertId}/history"), HttpStatusCode.NotFound, "not_found");
        }
    }

    [Fact]
    public async Task Verifying_and_sealing_are_for_managers()
    {
        var scenario = await AuditScenario.Create(factory);
        foreach (var caller in new[] { scenario.Dossier.Lead.Client, scenario.Expert.Client })
        {
            await ApiClient.AssertProblem(await caller.PostAsync("/api/audit/verify", null), HttpStatusCode.Forbidden, "forbidden");
            await ApiClient.AssertProblem(await caller.PostAsync("/api/audit/seals", null), HttpStatusCode.Forbidden, "forbidden");
            await ApiClient.AssertProblem(await caller.GetAsync("/api/audit/seals"), HttpStatusCode.Forbidden, "forbidden");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsync("/api/audit/verify", null)).StatusCode);
    }
}
