using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Committees;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Clusters;

/// <summary>Only the call's own cluster's managers (and the invited members who accepted) sit on its labelling committee (ADR 0029).</summary>
[Collection(Collections.Reviews)]
public sealed class ClusterCommitteeTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task A_manager_of_another_cluster_may_not_sit_on_the_calls_committee()
    {
        var c = await CommitteeScenario.Create(factory, "PARTNER");
        var tes = await Alliance.AddCluster(c.S.Api);

        var candidates = await c.S.Manager.GetFromJsonAsync<JsonObject>($"/api/calls/{c.S.CallId}/committee-members");
        var members = candidates!["members"]!.AsArray().Select(m => m!["userId"]!.GetValue<Guid>()).ToList();
        Assert.Contains(c.ColleagueUserId, members);
        Assert.DoesNotContain(tes.ManagerUserId, members);

        var refused = await c.S.Manager.PostAsJsonAsync($"/api/calls/{c.S.CallId}/committee-sessions", c.SessionRequest(members: [c.ManagerUserId, tes.ManagerUserId]));
        await ApiClient.AssertProblem(refused, HttpStatusCode.BadRequest, "not_committee_member");
        Assert.NotNull((await ApiClient.ReadObject(refused))["errors"]!["memberUserIds"]);

        var sessionId = (await c.Schedule())["id"]!.GetValue<Guid>();
        var added = await c.S.Manager.PostAsJsonAsync($"/api/committee-sessions/{sessionId}/members", new { userId = tes.ManagerUserId });
        await ApiClient.AssertProblem(added, HttpStatusCode.BadRequest, "not_committee_member");
        var session = await c.S.Manager.GetFromJsonAsync<JsonObject>($"/api/committee-sessions/{sessionId}");
        Assert.DoesNotContain(session!["members"]!.AsArray(), m => m!["userId"]!.GetValue<Guid>() == tes.ManagerUserId);
    }
}
