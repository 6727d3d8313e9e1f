using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Reviews;

/// <summary>The expert's list of assignments searched (<c>q</c>), sorted (<c>sort</c>) and counted (<c>total</c>), page after page.</summary>
[Collection(Collections.Reviews)]
public sealed class AssignmentListTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task An_expert_pages_through_their_assignments_by_reference_each_once_searches_them_by_acronym_and_gets_invalid_sort_for_an_unknown_order()
    {
        var s = await ReviewScenario.Create(factory);
        var first = await s.SubmitDossier("GAMMA", ["5G"]);
        var dossiers = new[]
        {
            first,
            await s.SubmitDossier("ALPHA", ["5G"], first.Lead, first.Lab, first.Large),
            await s.SubmitDossier("BETA", ["5G"], first.Lead, first.Lab, first.Large),
        };
        var expert = await s.NewExpert("Dr Tri", ["5G"]);
        s.Close();
        foreach (var dossier in dossiers)
        {
            await s.Assign(dossier, expert);
        }

        var references = dossiers.Select(d => d.Reference).Order(StringComparer.Ordinal).ToList();
        var ascending = await expert.Client.GetAllItemsAsync("/api/assignments?sort=reference", limit: 1);
        Assert.Equal(references, ascending.Select(a => a["reference"]!.GetValue<string>()));
        var descending = await expert.Client.GetAllItemsAsync("/api/assignments?sort=-reference", limit: 2);
        Assert.Equal(references.AsEnumerable().Reverse(), descending.Select(a => a["reference"]!.GetValue<string>()));
        Assert.Equal(3, (await expert.Client.GetAllItemsAsync("/api/assignments?sort=due", limit: 2)).Select(a => a["id"]!.GetValue<Guid>()).Distinct().Count());

        var page = (await expert.Client.GetFromJsonAsync<JsonObject>("/api/assignments?limit=1"))!;
        Assert.Equal(3, page["total"]!.GetValue<int>());
        var beta = (await expert.Client.GetFromJsonAsync<JsonObject>("/api/assignments?q=bêta&limit=1"))!;
        Assert.Equal(0, beta["total"]!.GetValue<int>());
        var found = (await expert.Client.GetFromJsonAsync<JsonObject>("/api/assignments?q=Beta"))!;
        Assert.Equal(1, found["total"]!.GetValue<int>());
        Assert.Equal("BETA", found["items"]![0]!["acronym"]!.GetValue<string>());

        await ApiClient.AssertProblem(await expert.Client.GetAsync("/api/assignments?sort=score"), HttpStatusCode.BadRequest, "invalid_sort");
    }
}
