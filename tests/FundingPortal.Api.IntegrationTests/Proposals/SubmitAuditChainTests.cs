using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Proposals;

/// <summary>
/// The submit reads its audit chain's head with the dossier (ADR 0037). Other writers append to the same chain
/// meanwhile: a head gone stale must make the submit's save fail and start again, never fork the chain.
/// </summary>
[Collection(Collections.Proposals)]
public sealed class SubmitAuditChainTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiFactory _factory = factory;

    [Fact]
    public async Task Submits_racing_budget_edits_on_one_dossier_keep_one_unbroken_chain_with_one_entry_per_version()
    {
        var c = await Consortium.Create(_factory);
        await c.MakeEligible();

        var submits = Enumerable.Range(0, 6).Select(_ => c.Submit(Guid.NewGuid().ToString())).ToList();
        var edits = Enumerable.Range(0, 6).Select(i => c.Lab.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LabOrganisationId}/budget",
            new { personnel = 400_000m + i, overheads = 80_000m, subcontracting = 0m, equipment = 20_000m, otherCosts = 0m })).ToList();
        var submitted = await Task.WhenAll(submits);
        var edited = await Task.WhenAll(edits);

        // A writer that lost every attempt says so (409 for a submit, 412 for an edit); none fails otherwise.
        Assert.All(submitted, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        Assert.All(edited, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.PreconditionFailed, r.StatusCode.ToString()));
        var accepted = submitted.Count(r => r.StatusCode == HttpStatusCode.OK);
        Assert.True(accepted >= 1);

        var versions = await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/versions");
        Assert.Equal(accepted, versions!.Count);
        var history = (await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/history"))!;
        Assert.Equal(accepted, history.Count(h => h!["action"]!.GetValue<string>() == "proposal_submitted"));
        for (var i = 1; i < history.Count; i++)
        {
            Assert.Equal(history[i - 1]!["hash"]!.GetValue<string>(), history[i]!["previousHash"]!.GetValue<string>());
        }

        var verification = await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}/history/verify");
        Assert.True(verification!["valid"]!.GetValue<bool>());
    }
}
