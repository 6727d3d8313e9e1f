using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Reviews;

[Collection(Collections.Reviews)]
public sealed class AutoAssignmentTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task A_closed_call_gets_N_conflict_free_experts_per_dossier_with_balanced_loads()
    {
        var s = await ReviewScenario.Create(factory);
        var first = await s.SubmitDossier("ALPHA", ["5G", "ports"]);
        var affiliated = await s.NewExpert("Dr Affiliée", ["5G"], (first.Lab.OrganisationId, new DateOnly(2015, 1, 1), null));
        var excluded = await s.NewExpert("Dr Exclu", ["ports"]);
        var declaring = await s.NewExpert("Dr Déclarant", ["santé"]);
        var free = new[] { await s.NewExpert("Dr Libre 1", ["5G"]), await s.NewExpert("Dr Libre 2", ["santé"]), await s.NewExpert("Dr Libre 3", ["IA"]) };
        var second = await s.SubmitDossier("BETA", ["santé", "IA"], excludedExperts: [excluded.ExpertId]);
        var third = await s.SubmitDossier("GAMMA", ["IA"]);
        await Consortium.Expect(declaring.Client.PostAsJsonAsync("/api/experts/me/conflicts", new { organisationId = third.Large.OrganisationId, reason = "Ancien client." }),
            HttpStatusCode.Created);

        await ApiClient.AssertProblem(await s.Manager.PostAsync($"/api/calls/{s.CallId}/assignments/auto", null), HttpStatusCode.Conflict, "call_not_closed");
        s.Close();
        var result = await s.AutoAssign();

        Assert.Equal(6, result["assigned"]!.GetValue<int>());
        Assert.Empty(result["unassignable"]!.AsArray());
        var pairs = new List<(Guid Proposal, Guid Expert)>();
        foreach (var dossier in new[] { first, second, third })
        {
            var assignments = await s.Manager.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/assignments");
            Assert.Equal(2, assignments!.Count);
            pairs.AddRange(assignments.Select(a => (dossier.ProposalId, a!["expertId"]!.GetValue<Guid>())));
            var status = (await s.Manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}"))!["status"]!.GetValue<string>();
            Assert.Equal("UnderReview", status);
        }

        Assert.DoesNotContain((first.ProposalId, affiliated.ExpertId), pairs);
        Assert.DoesNotContain((second.ProposalId, excluded.ExpertId), pairs);
        Assert.DoesNotContain((third.ProposalId, declaring.ExpertId), pairs);
        var loads = new[] { affiliated, excluded, declaring }.Concat(free).Select(e => pairs.Count(p => p.Expert == e.ExpertId)).ToList();
        Assert.True(loads.Max() - loads.Min() <= 1, string.Join(",", loads));

        var again = await s.AutoAssign();
        Assert.Equal(0, again["assigned"]!.GetValue<int>());
    }

    [Fact]
    public async Task Dossiers_without_enough_eligible_experts_are_reported_with_the_reason()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("SOLO", ["IA"]);
        await s.NewExpert("Dr Seule", ["IA"]);
        s.Close();

        var result = await s.AutoAssign();

        Assert.Equal(1, result["assigned"]!.GetValue<int>());
        var unassignable = Assert.Single(result["unassignable"]!.AsArray())!;
        Assert.Equal(dossier.ProposalId, unassignable["proposalId"]!.GetValue<Guid>());
        Assert.Equal("not_enough_eligible_experts", unassignable["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_managers_run_the_automatic_assignment()
    {
        var s = await ReviewScenario.Create(factory);
        var expert = await s.NewExpert("Dr Curieuse", ["IA"]);

        Assert.Equal(HttpStatusCode.Forbidden, (await expert.Client.PostAsync($"/api/calls/{s.CallId}/assignments/auto", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Manager.PostAsync($"/api/calls/{Guid.NewGuid()}/assignments/auto", null)).StatusCode);
    }
}
