using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.CoFunding;

[Collection(Collections.CoFunding)]
public sealed class FundingPlanTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task The_plan_applies_each_funders_rate_per_partner_with_regions_funding_only_their_own_partners()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        var proposalId = await w.CreateDossier(callId, (w.Sme, 700_000m), (w.Lab, 500_000m), (w.Large, 800_000m));

        var plan = await w.Sme.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{proposalId}/funding-plan");

        Assert.Null(plan!["basedOnVersion"]?.GetValue<int>());
        AssertRequests(plan, w.Sme.OrganisationId, (w.State, 0.225m, 157_500m), (w.Bretagne, 0.225m, 157_500m));
        AssertRequests(plan, w.Lab.OrganisationId, (w.State, 0.20m, 100_000m), (w.Bretagne, 0.20m, 100_000m));
        AssertRequests(plan, w.Large.OrganisationId, (w.State, 0.125m, 100_000m), (w.Normandie, 0.125m, 100_000m));
        Assert.Equal(357_500m, Total(plan, w.State));
        Assert.Equal(257_500m, Total(plan, w.Bretagne));
        Assert.Equal(100_000m, Total(plan, w.Normandie));
        Assert.Equal(715_000m, plan["totalRequestedAid"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Partners_outside_the_territory_get_the_out_of_territory_rate_and_amounts_round_half_away_from_zero_to_the_cent()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall(stateOutOfTerritoryRates: true, territory: ["FR-BRE", "FR-NOR"]);
        var midCapPdl = await CoFundingWorld.NewMember(w.Api, "MidCap", "FR-PDL", "Atlantique Logiciels");
        var smeIdf = await CoFundingWorld.NewMember(w.Api, "Sme", "FR-IDF", "Francilienne de Radio");
        var proposalId = await w.CreateDossier(callId,
            (w.Sme, 700_000.20m), (w.Lab, 500_000m), (w.Large, 800_000.04m), (midCapPdl, 400_000m), (smeIdf, 300_000m));

        var plan = await w.Manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{proposalId}/funding-plan");

        // 700 000,20 × 22,5 % = 157 500,045 and 800 000,04 × 12,5 % = 100 000,005: half away from zero, not to even.
        AssertRequests(plan!, w.Sme.OrganisationId, (w.State, 0.225m, 157_500.05m), (w.Bretagne, 0.225m, 157_500.05m));
        AssertRequests(plan!, w.Lab.OrganisationId, (w.State, 0.20m, 100_000m), (w.Bretagne, 0.20m, 100_000m));
        AssertRequests(plan!, w.Large.OrganisationId, (w.State, 0.125m, 100_000.01m), (w.Normandie, 0.125m, 100_000.01m));
        // Pays de la Loire and Île-de-France: outside this call's territory (State's second table) and no regional funder.
        AssertRequests(plan!, midCapPdl.OrganisationId, (w.State, 0.10m, 40_000m));
        AssertRequests(plan!, smeIdf.OrganisationId, (w.State, 0.15m, 45_000m));
        Assert.False(Partner(plan!, smeIdf.OrganisationId)["inTerritory"]!.GetValue<bool>());
        Assert.True(Partner(plan!, w.Large.OrganisationId)["inTerritory"]!.GetValue<bool>());

        Assert.Equal(442_500.06m, Total(plan!, w.State));
        Assert.Equal(257_500.05m, Total(plan!, w.Bretagne));
        Assert.Equal(100_000.01m, Total(plan!, w.Normandie));
        Assert.Equal(800_000.12m, plan!["totalRequestedAid"]!.GetValue<decimal>());
        Assert.Equal(2_700_000.24m, plan["totalEligibleCosts"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Once_submitted_the_plan_follows_the_last_submitted_version_not_later_draft_edits()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        var proposalId = await w.CreateDossier(callId, (w.Sme, 700_000m), (w.Lab, 500_000m), (w.Large, 800_000m));
        await CoFundingWorld.Submit(proposalId, w.Sme);
        await CoFundingWorld.SetCosts(proposalId, w.Sme, 600_000m);

        var plan = await w.Lab.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{proposalId}/funding-plan");

        Assert.Equal(1, plan!["basedOnVersion"]!.GetValue<int>());
        Assert.Equal(700_000m, Partner(plan, w.Sme.OrganisationId)["eligibleCosts"]!.GetValue<decimal>());
        Assert.Equal(357_500m, Total(plan, w.State));
    }

    [Fact]
    public async Task Strangers_and_officers_of_funders_not_yet_asked_get_404()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        var proposalId = await w.LabelledDossier(callId);
        var (stranger, _, _) = await w.Api.NewApplicant();
        var officer = await w.Officer(w.State);

        await ApiClient.AssertProblem(await stranger.GetAsync($"/api/proposals/{proposalId}/funding-plan"), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await officer.GetAsync($"/api/proposals/{proposalId}/funding-plan"), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await w.Manager.GetAsync($"/api/proposals/{Guid.NewGuid()}/funding-plan"), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.Unauthorized, (await w.Api.Anonymous().GetAsync($"/api/proposals/{proposalId}/funding-plan")).StatusCode);
    }

    private static JsonObject Partner(JsonObject plan, Guid organisationId) =>
        plan["partners"]!.AsArray().Single(p => p!["organisationId"]!.GetValue<Guid>() == organisationId)!.AsObject();

    private static decimal Total(JsonObject plan, Guid funderId) =>
        plan["totals"]!.AsArray().Single(t => t!["funderId"]!.GetValue<Guid>() == funderId)!["requestedAid"]!.GetValue<decimal>();

    private static void AssertRequests(JsonObject plan, Guid organisationId, params (Guid FunderId, decimal Rate, decimal RequestedAid)[] expected)
    {
        var requests = Partner(plan, organisationId)["requests"]!.AsArray()
            .Select(r => (r!["funderId"]!.GetValue<Guid>(), r["rate"]!.GetValue<decimal>(), r["requestedAid"]!.GetValue<decimal>()))
            .OrderBy(r => r.Item1).ToList();
        Assert.Equal(expected.OrderBy(e => e.FunderId).ToList(), requests);
    }
}
