using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;
using FundingPortal.DemoData;

namespace FundingPortal.Api.IntegrationTests.Clusters;

/// <summary>The demo alliance: Images &amp; Réseaux, TES and EMC2, a manager each; AGRI-IOT asked TES to co-label it, not yet decided.</summary>
/// <remarks>Never reset: the demo data is seeded once, at start-up; these checks only read.</remarks>
[Collection(Collections.Demo)]
public sealed class DemoClusterTests(DemoApiFactory factory)
{
    [Fact]
    public async Task The_demo_has_three_clusters_and_AGRI_IOT_waits_for_the_co_labelling_decision_of_TES()
    {
        var api = new ApiClient(factory);
        var tes = await api.Login(DemoSeeder.DemoTesManagerEmail, DemoSeeder.DemoPassword);
        var emc2 = await api.Login(DemoSeeder.DemoEmc2ManagerEmail, DemoSeeder.DemoPassword);

        var clusters = (await tes.GetFromJsonAsync<JsonArray>("/api/clusters"))!.Select(c => c!["shortName"]!.GetValue<string>()).ToList();
        Assert.Equal(["IR", "EMC2", "TES"], clusters.Take(1).Concat(clusters.Skip(1).Order(StringComparer.Ordinal)));

        var manager = await api.Manager();
        var agri = (await manager.GetItemsAsync("/api/proposals?q=AGRI-IOT"))!.Single(p => p!["acronym"]!.GetValue<string>() == "AGRI-IOT")!["id"]!.GetValue<Guid>();
        var asked = await tes.GetFromJsonAsync<JsonObject>($"/api/proposals/{agri}/co-labelling");
        var request = Assert.Single(asked!["clusters"]!.AsArray())!;
        Assert.Equal("TES", request["shortName"]!.GetValue<string>());
        Assert.Null(request["outcome"]);
        Assert.Equal(HttpStatusCode.OK, (await tes.GetAsync($"/api/proposals/{agri}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await emc2.GetAsync($"/api/proposals/{agri}")).StatusCode);
        Assert.Empty((await tes.GetItemsAsync("/api/calls"))!);
    }
}
