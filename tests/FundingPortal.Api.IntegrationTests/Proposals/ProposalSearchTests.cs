using System.Net.Http.Json;
using System.Net;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;

namespace FundingPortal.Api.IntegrationTests.Proposals;

/// <summary>The dossier list searches the reference, acronym and title, case-insensitively, within what the caller may see.</summary>
[Collection(Collections.Demo)]
public sealed class ProposalSearchTests(DemoApiFactory factory)
{
    [Fact]
    public async Task The_list_finds_dossiers_by_part_of_their_acronym_title_or_reference_and_only_among_those_the_caller_may_see()
    {
        var api = new ApiClient(factory);
        var manager = await api.Manager();

        static IEnumerable<string> Acronyms(System.Text.Json.Nodes.JsonArray? items) => items!.Select(p => p!["acronym"]!.GetValue<string>()).Order(StringComparer.Ordinal);

        Assert.Equal(["CYBER-PORT"], Acronyms(await manager.GetItemsAsync("/api/proposals?q=cyber")));
        Assert.Equal(["PHARE-NUM"], Acronyms(await manager.GetItemsAsync($"/api/proposals?q={Uri.EscapeDataString("jumeau NUMÉRIQUE")}")));
        var all = (await manager.GetItemsAsync("/api/proposals?limit=500"))!;
        var reference = all.Single(p => p!["acronym"]!.GetValue<string>() == "VIDÉO-ÉCO")!["reference"]!.GetValue<string>();
        var byReference = await manager.GetItemsAsync($"/api/proposals?q={reference.ToLowerInvariant()}");
        Assert.Equal([reference], byReference!.Select(p => p!["reference"]!.GetValue<string>()));
        Assert.Empty((await manager.GetItemsAsync("/api/proposals?q=%25"))!);
        Assert.Equal(all.Count, (await manager.GetItemsAsync("/api/proposals?q=%20%20&limit=500"))!.Count);

        // The total counts every match over all pages, not the page's items.
        var firstOfAll = (await manager.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/proposals?limit=1"))!;
        Assert.Single(firstOfAll["items"]!.AsArray());
        Assert.Equal(all.Count, firstOfAll["total"]!.GetValue<int>());
        Assert.Equal(1, (await manager.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/proposals?q=cyber&limit=1"))!["total"]!.GetValue<int>());

        // Ondes Bretonnes' member finds its own dossiers only: SENTINELLE is Capsule Santé's, without Ondes Bretonnes.
        var lead = await api.Login("claire.martin@ondes-bretonnes.fr", "Demo-Pole-2026");
        Assert.Equal(["SENTINELLE"], Acronyms(await manager.GetItemsAsync("/api/proposals?q=sentinelle")));
        Assert.Empty((await lead.GetItemsAsync("/api/proposals?q=sentinelle"))!);
        Assert.Contains("PHARE-NUM", Acronyms(await lead.GetItemsAsync("/api/proposals?q=phare")));

        await ApiClient.AssertProblem(await manager.GetAsync("/api/proposals?q=" + new string('a', 101)), HttpStatusCode.BadRequest, "validation_failed");
    }
}
