using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Clusters;

/// <summary>A manager of cluster B sees and acts on nothing of cluster A's calls: every object answers 404, every list leaves it out.</summary>
[Collection(Collections.Proposals)]
public sealed class ClusterScopingTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task A_manager_of_another_cluster_sees_nothing_of_the_calls_and_dossiers_of_the_first()
    {
        var victim = await Consortium.Create(factory);
        await victim.MakeEligible();
        await Consortium.Expect(victim.Submit(), HttpStatusCode.OK);
        var tes = await Alliance.AddCluster(_api);
        var b = tes.Manager;
        var call = victim.CallId;
        var dossier = victim.ProposalId;

        foreach (var path in new[]
        {
            $"/api/calls/{call}", $"/api/calls/{call}/ranking", $"/api/calls/{call}/export", $"/api/calls/{call}/experts", $"/api/calls/{call}/funding-summary",
            $"/api/calls/{call}/committee-sessions", $"/api/proposals/{dossier}", $"/api/proposals/{dossier}/evaluation", $"/api/proposals/{dossier}/assignments",
            $"/api/proposals/{dossier}/expert-candidates", $"/api/proposals/{dossier}/history", $"/api/proposals/{dossier}/versions", $"/api/proposals/{dossier}/documents",
            $"/api/proposals/{dossier}/funding-plan", $"/api/proposals/{dossier}/messages",
        })
        {
            var response = await b.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        await ApiClient.AssertProblem(await b.PostAsJsonAsync($"/api/proposals/{dossier}/screening", new { eligible = true }), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await b.PostAsJsonAsync($"/api/proposals/{dossier}/labelling-decision", new { outcome = "Labelled", motivation = "Très bien." }),
            HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await b.PostAsync($"/api/calls/{call}/assignments/auto", null), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await b.PostAsJsonAsync($"/api/calls/{call}/announcements", new { subject = "Bonjour", body = "Texte", audience = "AllApplicants" }),
            HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await b.PostAsync($"/api/calls/{call}/publish", null), HttpStatusCode.NotFound, "not_found");

        Assert.DoesNotContain((await b.GetItemsAsync("/api/calls"))!, c => c!["id"]!.GetValue<Guid>() == call);
        Assert.DoesNotContain((await b.GetItemsAsync("/api/proposals"))!, p => p!["id"]!.GetValue<Guid>() == dossier);
        Assert.Empty((await b.GetItemsAsync($"/api/proposals?callId={call}"))!);
        var dashboard = await b.GetStringAsync("/api/dashboard");
        Assert.DoesNotContain(call.ToString(), dashboard, StringComparison.OrdinalIgnoreCase);

        // The oracle: the first cluster's manager does see them all.
        var a = await _api.Manager();
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/api/proposals/{dossier}")).StatusCode);
        Assert.Contains(call.ToString(), await a.GetStringAsync("/api/dashboard"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains((await a.GetItemsAsync("/api/proposals"))!, p => p!["id"]!.GetValue<Guid>() == dossier);
    }

    [Fact]
    public async Task The_first_clusters_managers_do_not_see_another_clusters_call_either()
    {
        var tes = await Alliance.AddCluster(_api);
        var (state, _, normandie) = await CallBuilder.EnsureFunders(await _api.Manager());
        var now = DateTime.UtcNow.Date;
        var created = await tes.Manager.PostAsJsonAsync("/api/calls",
            CallBuilder.Definition(now.AddDays(-1), now.AddDays(30).AddHours(18), [(state, 1_000_000m), (normandie, 500_000m)]));
        var callId = (await ApiClient.ReadObject(created))["id"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.OK, (await tes.Manager.GetAsync($"/api/calls/{callId}")).StatusCode);

        var a = await _api.Manager();
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/calls/{callId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.PutAsJsonAsync($"/api/calls/{callId}", new JsonObject())).StatusCode);
        Assert.DoesNotContain((await a.GetItemsAsync("/api/calls"))!, c => c!["id"]!.GetValue<Guid>() == callId);
    }
}
