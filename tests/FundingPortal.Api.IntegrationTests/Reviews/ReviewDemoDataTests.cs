using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Reviews;

public sealed class DemoApiFactory : ApiFactory
{
    protected override IEnumerable<(string Key, string Value)> ExtraSettings() => [("Seed:Demo", "true")];
}

/// <summary>The demo walk-through of the review: a manager assigns the rest of the closed call, experts review, the ranking follows.</summary>
/// <remarks>Never reset: the demo data is seeded once, at start-up.</remarks>
[Collection(Collections.Demo)]
public sealed class ReviewDemoDataTests(DemoApiFactory factory)
{
    private const string DemoPassword = "Demo-Pole-2026";

    [Fact]
    public async Task The_closed_call_has_a_labelled_a_not_labelled_a_pending_and_an_unassigned_dossier()
    {
        var api = new ApiClient(factory);
        var manager = await api.Manager();
        var calls = await manager.GetItemsAsync("/api/calls");
        var closed = calls!.Single(c => c!["status"]!.GetValue<string>() == "Closed")!["id"]!.GetValue<Guid>();

        var ranking = (await manager.GetItemsAsync($"/api/calls/{closed}/ranking"))!;
        // VIDÉO-ÉCO has one review of two: it waits apart, after the ranked dossiers, without a rank.
        Assert.Equal(["CYBER-PORT", "SANTÉ-EDGE", "VIDÉO-ÉCO"], ranking.Select(r => r!["acronym"]!.GetValue<string>()));
        Assert.Equal(["Labelled", "NotLabelled", "UnderReview"], ranking.Select(r => r!["status"]!.GetValue<string>()));
        Assert.Equal([1, 2, null], ranking.Select(r => r!["rank"]?.GetValue<int>()));
        Assert.Equal(["2/2", "2/2", "1/2"], ranking.Select(r => $"{r!["reviewsIn"]}/{r["reviewsExpected"]}"));
        Assert.True(ranking[1]!["disagreement"]!.GetValue<bool>());

        var experts = await (await api.Login("lea.morvan@capsule-sante.fr", DemoPassword)).GetFromJsonAsync<JsonArray>($"/api/calls/{closed}/experts");
        Assert.Equal(3, experts!.Count);

        var auto = await manager.PostAsync($"/api/calls/{closed}/assignments/auto", null);
        Assert.Equal(HttpStatusCode.OK, auto.StatusCode);
        Assert.Equal(2, (await ApiClient.ReadObject(auto))["assigned"]!.GetValue<int>());

        var expertA = await api.Login("expert.a@experts-pole.fr", DemoPassword);
        var mine = await expertA.GetItemsAsync("/api/assignments");
        Assert.Contains(mine!, a => a!["acronym"]!.GetValue<string>() == "MARÉE-IA" && a["status"]!.GetValue<string>() == "Invited");

        var cyber = ranking[0]!["proposalId"]!.GetValue<Guid>();
        var lead = await api.Login("sophie.duval@normandie-telecom.fr", DemoPassword);
        var evaluation = await lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{cyber}/evaluation");
        Assert.Matches(@"^LAB-\d{4}-\d{4}$", evaluation!["decision"]!["certificateNumber"]!.GetValue<string>());
        Assert.Equal(["Expert A", "Expert B"], evaluation["reviews"]!.AsArray().Select(r => r!["label"]!.GetValue<string>()));
    }
}
