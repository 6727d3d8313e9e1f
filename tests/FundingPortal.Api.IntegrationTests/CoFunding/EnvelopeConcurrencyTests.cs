using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.CoFunding;

[Collection(Collections.CoFunding)]
public sealed class EnvelopeConcurrencyTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task Concurrent_grants_never_commit_more_than_the_envelope()
    {
        var w = await CoFundingWorld.Create(factory);
        // Each dossier asks the State for 357 500 €: two fit in 1 000 000 €, a third would not.
        var callId = await w.CreateCall(stateEnvelope: 1_000_000m);
        var dossiers = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            dossiers.Add(await w.RequestedDossier(callId));
        }

        var officers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => w.Officer(w.State)));
        var responses = await Task.WhenAll(dossiers.Select((id, i) => CoFundingWorld.Decide(officers[i % officers.Length], id, w.State, "Granted",
            (w.Sme.OrganisationId, 157_500m), (w.Lab.OrganisationId, 100_000m), (w.Large.OrganisationId, 100_000m))));

        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await ApiClient.AssertProblem(refused, HttpStatusCode.Conflict, "envelope_exceeded");
        }

        Assert.Equal(715_000m, await w.Scalar<decimal>("SELECT committed FROM call_funders WHERE call_id = @c AND funder_id = @f", ("c", callId), ("f", w.State)));
        var summary = await w.Manager.GetFromJsonAsync<JsonObject>($"/api/calls/{callId}/funding-summary");
        var state = summary!["funders"]!.AsArray().Single(f => f!["funderId"]!.GetValue<Guid>() == w.State)!;
        Assert.Equal((715_000m, 285_000m), (state["granted"]!.GetValue<decimal>(), state["remaining"]!.GetValue<decimal>()));

        // What is left still fits a smaller grant, to the cent.
        var last = dossiers.First(id => responses[dossiers.IndexOf(id)].StatusCode != HttpStatusCode.Created);
        await ApiClient.AssertProblem(await CoFundingWorld.Decide(w.Manager, last, w.State, "Granted", (w.Sme.OrganisationId, 157_500m), (w.Lab.OrganisationId, 100_000m),
            (w.Large.OrganisationId, 27_500.01m)), HttpStatusCode.Conflict, "envelope_exceeded");
        await Consortium.Expect(CoFundingWorld.Decide(w.Manager, last, w.State, "Granted", (w.Sme.OrganisationId, 157_500m), (w.Lab.OrganisationId, 100_000m),
            (w.Large.OrganisationId, 27_500m)), HttpStatusCode.Created);
        Assert.Equal(1_000_000m, await w.Scalar<decimal>("SELECT committed FROM call_funders WHERE call_id = @c AND funder_id = @f", ("c", callId), ("f", w.State)));
    }

    [Fact]
    public async Task Funders_deciding_at_the_same_moment_still_give_the_dossier_its_outcome()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        var proposalId = await w.RequestedDossier(callId);
        var (state, bretagne, normandie) = (await w.Officer(w.State), await w.Officer(w.Bretagne), await w.Officer(w.Normandie));

        var responses = await Task.WhenAll(
            CoFundingWorld.Decide(state, proposalId, w.State, "Granted", (w.Sme.OrganisationId, 157_500m), (w.Lab.OrganisationId, 100_000m), (w.Large.OrganisationId, 100_000m)),
            CoFundingWorld.Decide(bretagne, proposalId, w.Bretagne, "Granted", (w.Sme.OrganisationId, 157_500m), (w.Lab.OrganisationId, 100_000m)),
            CoFundingWorld.Decide(normandie, proposalId, w.Normandie, "Granted", (w.Large.OrganisationId, 100_000m)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal("Funded", await w.Status(proposalId));
        Assert.Single(await w.OutboxTypes(proposalId), "FundingOutcomeReached");
    }

    [Fact]
    public async Task The_same_funder_deciding_twice_at_once_records_one_decision_and_reserves_once()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        var proposalId = await w.RequestedDossier(callId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            CoFundingWorld.Decide(w.Manager, proposalId, w.Normandie, "Granted", (w.Large.OrganisationId, 100_000m))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(100_000m, await w.Scalar<decimal>("SELECT committed FROM call_funders WHERE call_id = @c AND funder_id = @f", ("c", callId), ("f", w.Normandie)));
    }
}
