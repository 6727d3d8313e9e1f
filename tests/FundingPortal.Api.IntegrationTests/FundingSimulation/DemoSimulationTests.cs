using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;

namespace FundingPortal.Api.IntegrationTests.FundingSimulation;

/// <summary>The demo's closed call: with its real envelopes, the line falls through its last labelled dossier.</summary>
/// <remarks>Never reset: the demo data is seeded once, at start-up; the simulation reads only.</remarks>
[Collection(Collections.Demo)]
public sealed class DemoSimulationTests(DemoApiFactory factory)
{
    [Fact]
    public async Task With_the_real_envelopes_the_demo_closed_call_has_one_partly_fundable_dossier_short_of_Breton_money()
    {
        var manager = await new ApiClient(factory).Manager();
        var closed = (await manager.GetItemsAsync("/api/calls"))!.Single(c => c!["status"]!.GetValue<string>() == "Closed")!["id"]!.GetValue<Guid>();

        var response = await manager.PostAsJsonAsync($"/api/calls/{closed}/funding-simulation", new { });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dossiers = (await ApiClient.ReadObject(response))["dossiers"]!.AsArray().Select(d => d!.AsObject()).ToList();
        Assert.Equal(["Fundable", "Fundable", "Fundable", "Fundable", "PartlyFundable"], dossiers.Select(d => d["status"]!.GetValue<string>()));
        var last = dossiers[^1];
        Assert.Equal("LITTORAL-IOT", last["acronym"]!.GetValue<string>());
        Assert.Equal("envelope_exhausted", last["reasons"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(52_500m, last["reasons"]![0]!["amount"]!.GetValue<decimal>()); // 900 000 € − 847 500 € for the four ranked above
    }
}
