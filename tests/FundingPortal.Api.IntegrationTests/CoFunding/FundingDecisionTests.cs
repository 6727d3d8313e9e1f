using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Application.CoFunding;
using FundingPortal.Domain.CoFunding;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Api.IntegrationTests.CoFunding;

[Collection(Collections.CoFunding)]
public sealed class FundingDecisionTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task Bretagne_grants_part_the_State_grants_in_full_and_Normandie_declines_so_the_dossier_is_partially_funded()
    {
        var w = await CoFundingWorld.Create(factory);
        var proposalId = await w.RequestedDossier(await w.CreateCall());
        var (state, bretagne, normandie) = (await w.Officer(w.State), await w.Officer(w.Bretagne), await w.Officer(w.Normandie));

        var partial = await CoFundingWorld.Decide(bretagne, proposalId, w.Bretagne, "Granted", (w.Sme.OrganisationId, 100_000m), (w.Lab.OrganisationId, 100_000m));
        Assert.Equal(HttpStatusCode.Created, partial.StatusCode);
        var decision = await ApiClient.ReadObject(partial);
        Assert.Equal(("Granted", 257_500m, 200_000m, "FundingRequested"), (decision["decision"]!.GetValue<string>(), decision["requestedAid"]!.GetValue<decimal>(),
            decision["grantedAid"]!.GetValue<decimal>(), decision["proposalStatus"]!.GetValue<string>()));
        Assert.Equal("Grant", decision["lines"]!.AsArray().Single(l => l!["organisationId"]!.GetValue<Guid>() == w.Sme.OrganisationId)!["instrument"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Created, (await CoFundingWorld.Decide(state, proposalId, w.State, "Granted",
            (w.Sme.OrganisationId, 157_500m), (w.Lab.OrganisationId, 100_000m), (w.Large.OrganisationId, 100_000m))).StatusCode);
        Assert.Equal("FundingRequested", await w.Status(proposalId));
        Assert.DoesNotContain("FundingOutcomeReached", await w.OutboxTypes(proposalId));

        var last = await ApiClient.ReadObject(await CoFundingWorld.Decide(normandie, proposalId, w.Normandie, "Declined"));
        Assert.Equal(("Declined", 0m, "PartiallyFunded", "PartiallyFunded"), (last["decision"]!.GetValue<string>(), last["grantedAid"]!.GetValue<decimal>(),
            last["proposalStatus"]!.GetValue<string>(), last["outcome"]!.GetValue<string>()));
        Assert.Equal("PartiallyFunded", await w.Status(proposalId));
        Assert.Equal(["DocumentRequested", "FundingDecided", "FundingDecided", "FundingDecided", "FundingOutcomeReached", "FundingRequested", "ProposalSubmitted"],
            (await w.OutboxTypes(proposalId)).Order(StringComparer.Ordinal));

        var status = await w.Sme.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{proposalId}/funding-decisions");
        Assert.Equal((715_000m, 557_500m), (status!["totalRequestedAid"]!.GetValue<decimal>(), status["totalGrantedAid"]!.GetValue<decimal>()));

        // What the FundingDecision document is rendered from, once the outcome is reached.
        await using var scope = factory.Services.CreateAsyncScope();
        var document = await scope.ServiceProvider.GetRequiredService<FundingDecisionDocumentBuilder>().Build(proposalId, CancellationToken.None);
        Assert.Equal(FundingOutcome.PartiallyFunded, document!.Outcome);
        Assert.Equal(["Bpifrance (État)", "Région Bretagne", "Région Normandie"], document.Funders.Select(f => f.Name));
        Assert.Equal([FundingDecision.Granted, FundingDecision.Granted, FundingDecision.Declined], document.Funders.Select(f => f.Decision));
        var bretagneSme = document.Funders[1].Lines.Single(l => l.OrganisationId == w.Sme.OrganisationId);
        Assert.Equal((157_500m, 100_000m, (FundingInstrument?)FundingInstrument.Grant), (bretagneSme.RequestedAid, bretagneSme.GrantedAmount, bretagneSme.Instrument));
        Assert.Equal((715_000m, 557_500m), (document.TotalRequestedAid, document.TotalGrantedAid));
        Assert.Equal((315_000m, 257_500m), document.Partners.Where(p => p.OrganisationId == w.Sme.OrganisationId).Select(p => (p.RequestedAid, p.GrantedAid)).Single());
        Assert.Equal(factory.Clock.GetUtcNow(), document.DecidedAt);
    }

    [Fact]
    public async Task Every_funder_granting_its_full_request_funds_the_dossier_and_a_manager_may_record_for_a_funder()
    {
        var w = await CoFundingWorld.Create(factory);
        var proposalId = await w.RequestedDossier(await w.CreateCall());

        await Consortium.Expect(CoFundingWorld.Decide(w.Manager, proposalId, w.State, "Granted",
            (w.Sme.OrganisationId, 157_500m), (w.Lab.OrganisationId, 100_000m), (w.Large.OrganisationId, 100_000m)), HttpStatusCode.Created);
        await Consortium.Expect(CoFundingWorld.Decide(await w.Officer(w.Bretagne), proposalId, w.Bretagne, "Granted",
            (w.Sme.OrganisationId, 157_500m), (w.Lab.OrganisationId, 100_000m)), HttpStatusCode.Created);
        await Consortium.Expect(CoFundingWorld.Decide(await w.Officer(w.Normandie), proposalId, w.Normandie, "Granted", (w.Large.OrganisationId, 100_000m)),
            HttpStatusCode.Created);

        Assert.Equal("Funded", await w.Status(proposalId));

        // The funding decision notice is rendered once every requested funder has decided.
        JsonArray documents = [];
        for (var i = 0; i < 200 && !documents.Any(d => d!["kind"]!.GetValue<string>() == "FundingDecision" && d["status"]!.GetValue<string>() == "Ready"); i++)
        {
            await Task.Delay(100);
            documents = (await w.Sme.Client.GetFromJsonAsync<JsonArray>($"/api/proposals/{proposalId}/documents"))!;
        }

        var notice = documents.Single(d => d!["kind"]!.GetValue<string>() == "FundingDecision")!;
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await w.Sme.Client.GetByteArrayAsync($"/api/documents/{notice["id"]}"));
        Assert.Contains("Financé", string.Join(" ", pdf.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_granted_by_anyone_means_not_funded()
    {
        var w = await CoFundingWorld.Create(factory);
        var proposalId = await w.RequestedDossier(await w.CreateCall());

        foreach (var funder in new[] { w.State, w.Bretagne, w.Normandie })
        {
            await Consortium.Expect(CoFundingWorld.Decide(w.Manager, proposalId, funder, "Declined"), HttpStatusCode.Created);
        }

        Assert.Equal("NotFunded", await w.Status(proposalId));
    }

    [Fact]
    public async Task An_officer_decides_for_their_own_funder_only_and_strangers_learn_nothing()
    {
        var w = await CoFundingWorld.Create(factory);
        var proposalId = await w.RequestedDossier(await w.CreateCall());
        var normandie = await w.Officer(w.Normandie);
        var (stranger, _, _) = await w.Api.NewApplicant();

        await ApiClient.AssertProblem(await CoFundingWorld.Decide(normandie, proposalId, w.Bretagne, "Declined"), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.AssertProblem(await CoFundingWorld.Decide(w.Sme.Client, proposalId, w.Bretagne, "Declined"), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.AssertProblem(await CoFundingWorld.Decide(stranger, proposalId, w.Bretagne, "Declined"), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await CoFundingWorld.Decide(w.Manager, Guid.NewGuid(), w.Bretagne, "Declined"), HttpStatusCode.NotFound, "not_found");
        Assert.Equal("FundingRequested", await w.Status(proposalId));
    }

    [Fact]
    public async Task Amounts_above_the_request_or_for_partners_the_funder_does_not_fund_are_refused()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        var proposalId = await w.RequestedDossier(callId);
        var bretagne = await w.Officer(w.Bretagne);

        await ApiClient.AssertProblem(await CoFundingWorld.Decide(bretagne, proposalId, w.Bretagne, "Granted", (w.Sme.OrganisationId, 157_500.01m)),
            (HttpStatusCode)422, "grant_exceeds_request");
        await ApiClient.AssertProblem(await CoFundingWorld.Decide(bretagne, proposalId, w.Bretagne, "Granted", (w.Large.OrganisationId, 1_000m)),
            (HttpStatusCode)422, "partner_not_funded");
        Assert.Equal(0m, await w.Scalar<decimal>("SELECT committed FROM call_funders WHERE call_id = @c AND funder_id = @f", ("c", callId), ("f", w.Bretagne)));
    }

    [Theory]
    [InlineData("{\"funderId\":\"{F}\",\"decision\":\"Granted\",\"lines\":[{\"organisationId\":\"{O}\",\"grantedAmount\":-1,\"instrument\":\"Grant\"}]}", "invalid_decision")]
    [InlineData("{\"funderId\":\"{F}\",\"decision\":\"Granted\",\"lines\":[{\"organisationId\":\"{O}\",\"grantedAmount\":10.001,\"instrument\":\"Grant\"}]}", "invalid_decision")]
    [InlineData("{\"funderId\":\"{F}\",\"decision\":\"Granted\",\"lines\":[{\"organisationId\":\"{O}\",\"grantedAmount\":10}]}", "invalid_decision")]
    [InlineData("{\"funderId\":\"{F}\",\"decision\":\"Declined\",\"lines\":[{\"organisationId\":\"{O}\",\"grantedAmount\":10,\"instrument\":\"Grant\"}]}", "invalid_decision")]
    [InlineData("{\"funderId\":\"{F}\",\"decision\":\"Granted\",\"lines\":[{\"organisationId\":\"{O}\",\"grantedAmount\":10,\"instrument\":\"Loan\"}]}", "invalid_json")]
    [InlineData("{\"funderId\":\"{F}\",\"decision\":\"Maybe\"}", "invalid_json")]
    [InlineData("{\"decision\":\"Declined\"}", "validation_failed")]
    public async Task Malformed_decisions_are_400(string template, string code)
    {
        var w = await CoFundingWorld.Create(factory);
        var proposalId = await w.RequestedDossier(await w.CreateCall());
        var body = template.Replace("{F}", w.Bretagne.ToString(), StringComparison.Ordinal).Replace("{O}", w.Sme.OrganisationId.ToString(), StringComparison.Ordinal);

        var response = await w.Manager.PostAsync($"/api/proposals/{proposalId}/funding-decisions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await ApiClient.AssertProblem(response, HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task A_funder_decides_once_and_only_on_requested_dossiers()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        var proposalId = await w.RequestedDossier(callId);
        var labelledOnly = await w.LabelledDossier(callId);

        await Consortium.Expect(CoFundingWorld.Decide(w.Manager, proposalId, w.Normandie, "Declined"), HttpStatusCode.Created);
        await ApiClient.AssertProblem(await CoFundingWorld.Decide(w.Manager, proposalId, w.Normandie, "Granted", (w.Large.OrganisationId, 100_000m)),
            HttpStatusCode.Conflict, "decision_exists");
        await ApiClient.AssertProblem(await CoFundingWorld.Decide(w.Manager, labelledOnly, w.State, "Declined"), HttpStatusCode.Conflict, "funding_not_requested");
    }
}
