using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Reviews;

[Collection(Collections.Reviews)]
public sealed class EvaluationAndRankingTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task The_evaluation_aggregates_known_scores_exactly_and_flags_a_two_point_gap()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("LAMBDA", ["IA"]);
        var first = await s.NewExpert("Dr Un", ["IA"]);
        var second = await s.NewExpert("Dr Deux", ["IA"]);
        s.Close();
        await s.AutoAssign();

        await ReviewScenario.SubmitReview(first, await ReviewScenario.AssignmentOf(first, dossier),
            ReviewScenario.Review(3, overrides: new Dictionary<string, decimal> { ["innovation"] = 4, ["market"] = 3.5m }));
        await ReviewScenario.SubmitReview(second, await ReviewScenario.AssignmentOf(second, dossier),
            ReviewScenario.Review(3, overrides: new Dictionary<string, decimal> { ["innovation"] = 2, ["territory"] = 4.5m }));

        var evaluation = await s.Manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}/evaluation");
        var innovation = evaluation!["criteria"]!.AsArray().Single(c => c!["key"]!.GetValue<string>() == "innovation")!;
        Assert.Equal((3m, 2m, 4m), (innovation["mean"]!.GetValue<decimal>(), innovation["min"]!.GetValue<decimal>(), innovation["max"]!.GetValue<decimal>()));
        Assert.True(innovation["disagreement"]!.GetValue<bool>());
        // Means: innovation 3, market 3.25, territory 3.75, others 3 → (75 + 81.25 + 60 + 45 + 30 + 18.75) / 100 = 3.10
        Assert.Equal(3.1m, evaluation["weightedScore"]!.GetValue<decimal>());
        Assert.True(evaluation["meetsThreshold"]!.GetValue<bool>());
        Assert.True(evaluation["disagreement"]!.GetValue<bool>());
        Assert.Equal(2, evaluation["submittedReviews"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_ranking_orders_complete_evaluations_by_weighted_mean_then_innovation_then_market_and_ranks_incomplete_ones_apart()
    {
        var s = await ReviewScenario.Create(factory);
        var lead = await s.NewApplicant("Sme", "FR-BRE");
        var lab = await s.NewApplicant("Research", "FR-BRE");
        var large = await s.NewApplicant("Large", "FR-NOR");
        var first = await s.NewExpert("Dr Un", ["IA"]);
        var second = await s.NewExpert("Dr Deux", ["IA"]);
        // Every dossier weighs exactly 3.00; innovation then market break the ties.
        var scores = new Dictionary<string, Dictionary<string, decimal>>
        {
            ["INNOV-FAIBLE"] = new() { ["innovation"] = 2, ["market"] = 4 },
            ["EGAL"] = new(),
            ["MARCHE-FORT"] = new() { ["market"] = 4, ["feasibility"] = 2, ["roadmap"] = 2 },
            ["INNOV-FORTE"] = new() { ["innovation"] = 4, ["market"] = 2 },
        };
        var dossiers = new Dictionary<string, Dossier>();
        foreach (var acronym in scores.Keys)
        {
            dossiers[acronym] = await s.SubmitDossier(acronym, ["IA"], lead, lab, large);
        }

        var best = await s.SubmitDossier("MEILLEUR", ["IA"], lead, lab, large);
        var unreviewed = await s.SubmitDossier("SANS-AVIS", ["IA"], lead, lab, large);
        s.Close();
        await s.AutoAssign();
        foreach (var (acronym, overrides) in scores)
        {
            foreach (var expert in new[] { first, second })
            {
                await ReviewScenario.SubmitReview(expert, await ReviewScenario.AssignmentOf(expert, dossiers[acronym]), ReviewScenario.Review(3, overrides: overrides));
            }
        }

        await ReviewScenario.SubmitReview(first, await ReviewScenario.AssignmentOf(first, best), ReviewScenario.Review(4));

        var ranking = (await s.Manager.GetItemsAsync($"/api/calls/{s.CallId}/ranking"))!;
        // MEILLEUR has the best mean but only one of its two reviews: it is not ranked among the complete evaluations.
        Assert.Equal(["INNOV-FORTE", "MARCHE-FORT", "EGAL", "INNOV-FAIBLE", "MEILLEUR", "SANS-AVIS"], ranking.Select(r => r!["acronym"]!.GetValue<string>()));
        Assert.Equal([1, 2, 3, 4, null, null], ranking.Select(r => r!["rank"]?.GetValue<int>()));
        Assert.Equal(["2/2", "2/2", "2/2", "2/2", "1/2", "0/2"],
            ranking.Select(r => $"{r!["reviewsIn"]!.GetValue<int>()}/{r["reviewsExpected"]!.GetValue<int>()}"));
        Assert.Equal([true, true, true, true, false, false], ranking.Select(r => r!["evaluationComplete"]!.GetValue<bool>()));
        Assert.All(ranking.Take(4), r => Assert.Equal(3m, r!["weightedScore"]!.GetValue<decimal>()));
        Assert.Null(ranking.Last()!["weightedScore"]);
        var apart = ranking[4]!;
        Assert.Equal((best.ProposalId, best.Reference, 4m, true, false, "UnderReview"),
            (apart["proposalId"]!.GetValue<Guid>(), apart["reference"]!.GetValue<string>(), apart["weightedScore"]!.GetValue<decimal>(),
                apart["meetsThreshold"]!.GetValue<bool>(), apart["disagreement"]!.GetValue<bool>(), apart["status"]!.GetValue<string>()));
        Assert.Equal(unreviewed.ProposalId, ranking.Last()!["proposalId"]!.GetValue<Guid>());


        var again = await s.Manager.GetItemsAsync($"/api/calls/{s.CallId}/ranking");
        Assert.Equal(ranking.ToJsonString(), again!.ToJsonString());
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.Client.GetAsync($"/api/calls/{s.CallId}/ranking")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await first.Client.GetAsync($"/api/calls/{s.CallId}/ranking")).StatusCode);

        await ReviewScenario.SubmitReview(second, await ReviewScenario.AssignmentOf(second, best), ReviewScenario.Review(4));
        var completed = (await s.Manager.GetItemsAsync($"/api/calls/{s.CallId}/ranking"))!;
        Assert.Equal(("MEILLEUR", 1, "2/2"), (completed[0]!["acronym"]!.GetValue<string>(), completed[0]!["rank"]!.GetValue<int>(),
            $"{completed[0]!["reviewsIn"]}/{completed[0]!["reviewsExpected"]}"));
    }
}
