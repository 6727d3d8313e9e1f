using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Reviews;

[Collection(Collections.Reviews)]
public sealed class ConcurrentReviewTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task The_last_two_reviews_submitted_at_the_same_time_both_count()
    {
        var s = await ReviewScenario.Create(factory);
        var dossiers = new[] { await s.SubmitDossier("NU", ["IA"]), await s.SubmitDossier("XI", ["IA"]), await s.SubmitDossier("OMICRON", ["IA"]) };
        var first = await s.NewExpert("Dr Rapide", ["IA"]);
        var second = await s.NewExpert("Dr Véloce", ["IA"]);
        s.Close();
        await s.AutoAssign();

        foreach (var dossier in dossiers)
        {
            var firstAssignment = await ReviewScenario.AssignmentOf(first, dossier);
            var secondAssignment = await ReviewScenario.AssignmentOf(second, dossier);
            await Consortium.Expect(first.Client.PutAsJsonAsync($"/api/assignments/{firstAssignment}/review", ReviewScenario.Review(4)), HttpStatusCode.OK);
            await Consortium.Expect(second.Client.PutAsJsonAsync($"/api/assignments/{secondAssignment}/review", ReviewScenario.Review(2)), HttpStatusCode.OK);

            var submits = await Task.WhenAll(
                first.Client.PostAsync($"/api/assignments/{firstAssignment}/review/submit", null),
                second.Client.PostAsync($"/api/assignments/{secondAssignment}/review/submit", null));

            Assert.All(submits, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            var ranking = await s.Manager.GetItemsAsync($"/api/calls/{s.CallId}/ranking");
            var entry = ranking!.Single(r => r!["proposalId"]!.GetValue<Guid>() == dossier.ProposalId)!;
            Assert.Equal((2, 3m, "Reviewed"), (entry["reviewCount"]!.GetValue<int>(), entry["weightedScore"]!.GetValue<decimal>(), entry["status"]!.GetValue<string>()));
        }
    }
}
