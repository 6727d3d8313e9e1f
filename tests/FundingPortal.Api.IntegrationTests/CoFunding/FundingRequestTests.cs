using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.CoFunding;

[Collection(Collections.CoFunding)]
public sealed class FundingRequestTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task Only_a_labelled_dossier_is_sent_to_its_funders()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        var proposalId = await w.CreateDossier(callId, (w.Sme, 700_000m), (w.Lab, 500_000m), (w.Large, 800_000m));
        await CoFundingWorld.Submit(proposalId, w.Sme);

        await ApiClient.AssertProblem(await w.Manager.PostAsync($"/api/proposals/{proposalId}/funding-requests", null), HttpStatusCode.Conflict, "not_labelled");
        Assert.Equal("Submitted", await w.Status(proposalId));
    }

    [Fact]
    public async Task Sending_requests_freezes_one_request_per_funder_with_aid_and_announces_it()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        var proposalId = await w.LabelledDossier(callId);

        await ApiClient.AssertProblem(await w.Sme.Client.PostAsync($"/api/proposals/{proposalId}/funding-requests", null), HttpStatusCode.Forbidden, "forbidden");
        var response = await w.Manager.PostAsync($"/api/proposals/{proposalId}/funding-requests", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = await ApiClient.ReadObject(response);

        Assert.Equal("FundingRequested", status["status"]!.GetValue<string>());
        var requested = status["funders"]!.AsArray().ToDictionary(f => f!["funderId"]!.GetValue<Guid>(), f => f!["requestedAid"]!.GetValue<decimal>());
        Assert.Equal(new Dictionary<Guid, decimal> { [w.State] = 357_500m, [w.Bretagne] = 257_500m, [w.Normandie] = 100_000m }, requested);
        Assert.All(status["funders"]!.AsArray(), f => Assert.Null(f!["decision"]));
        Assert.Equal(715_000m, status["totalRequestedAid"]!.GetValue<decimal>());
        Assert.Equal("FundingRequested", await w.Status(proposalId));
        Assert.Contains("FundingRequested", await w.OutboxTypes(proposalId));

        var history = await w.Sme.Client.GetFromJsonAsync<JsonArray>($"/api/proposals/{proposalId}/history");
        var entry = history!.Last()!;
        Assert.Equal(("funding_requested", "Labelled", "FundingRequested"),
            (entry["action"]!.GetValue<string>(), entry["fromState"]!.GetValue<string>(), entry["toState"]!.GetValue<string>()));

        await ApiClient.AssertProblem(await w.Manager.PostAsync($"/api/proposals/{proposalId}/funding-requests", null), HttpStatusCode.Conflict, "not_labelled");
    }

    [Fact]
    public async Task Officers_see_and_list_the_dossiers_their_funder_was_asked_for_and_nothing_else()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        var bretonOnly = await w.CreateDossier(callId, (w.Sme, 900_000m), (w.Lab, 600_000m), (await CoFundingWorld.NewMember(w.Api, "Large", "FR-BRE", "Brest Industries"), 700_000m));
        await CoFundingWorld.Submit(bretonOnly, w.Sme);
        await w.MarkLabelled(bretonOnly);
        await Consortium.Expect(w.Manager.PostAsync($"/api/proposals/{bretonOnly}/funding-requests", null), HttpStatusCode.OK);
        var notRequested = await w.LabelledDossier(callId);
        var bretagne = await w.Officer(w.Bretagne);
        var normandie = await w.Officer(w.Normandie);

        Assert.Equal(HttpStatusCode.OK, (await bretagne.GetAsync($"/api/proposals/{bretonOnly}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bretagne.GetAsync($"/api/proposals/{bretonOnly}/funding-plan")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bretagne.GetAsync($"/api/proposals/{bretonOnly}/funding-decisions")).StatusCode);
        var listed = await bretagne.GetItemsAsync($"/api/proposals?callId={callId}");
        Assert.Equal([bretonOnly], listed!.Select(p => p!["id"]!.GetValue<Guid>()));

        // No Normandie partner, so Normandie was not asked: its officer cannot see the dossier.
        await ApiClient.AssertProblem(await normandie.GetAsync($"/api/proposals/{bretonOnly}/funding-plan"), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await bretagne.GetAsync($"/api/proposals/{notRequested}"), HttpStatusCode.NotFound, "not_found");
        Assert.Empty((await normandie.GetItemsAsync($"/api/proposals?callId={callId}"))!);
    }

    [Fact]
    public async Task An_officer_asked_to_fund_a_dossier_reads_its_decided_evaluation_anonymised_and_other_officers_do_not()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        var requested = await w.RequestedDossier(callId);
        var state = await w.Officer(w.State);
        var bretagne = await w.Officer(w.Bretagne);

        var evaluation = await state.GetFromJsonAsync<JsonObject>($"/api/proposals/{requested}/evaluation");
        Assert.Equal(0, evaluation!["submittedReviews"]!.GetValue<int>());
        Assert.Equal(2, evaluation["expectedReviews"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, (await bretagne.GetAsync($"/api/proposals/{requested}/evaluation")).StatusCode);

        var notRequested = await w.LabelledDossier(callId);
        await ApiClient.AssertProblem(await state.GetAsync($"/api/proposals/{notRequested}/evaluation"), HttpStatusCode.NotFound, "not_found");
    }
}
