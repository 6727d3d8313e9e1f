using System.Net;
using System.Net.Http.Json;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Reviews;

/// <summary>
/// Once an expert declares a conflict with a dossier (or one is detected), the dossier does not exist for them: it
/// leaves their lists, and its assignment, review, evaluation and contents answer 404. Before, GET /api/proposals
/// still listed its reference, acronym, title and lead, and the assignment and its review answered 200.
/// </summary>
[Collection(Collections.Reviews)]
public sealed class ConflictedExpertTests(ApiFactory factory) : PortalTest(factory)
{
    private static async Task AssertGone(ExpertUser expert, Dossier dossier, Guid assignmentId)
    {
        var client = expert.Client;
        foreach (var list in new[] { "/api/proposals", $"/api/proposals?callId={Guid.Empty}", "/api/assignments" })
        {
            var body = await client.GetStringAsync(list);
            Assert.DoesNotContain(dossier.Reference, body, StringComparison.Ordinal);
            Assert.DoesNotContain(dossier.ProposalId.ToString(), body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(dossier.ProposalId.ToString(), await client.GetStringAsync("/api/proposals"), StringComparison.Ordinal);
        string[] reads =
        [
            $"/api/assignments/{assignmentId}", $"/api/assignments/{assignmentId}/review", $"/api/proposals/{dossier.ProposalId}",
            $"/api/proposals/{dossier.ProposalId}/evaluation", $"/api/proposals/{dossier.ProposalId}/documents", $"/api/proposals/{dossier.ProposalId}/funding-plan",
        ];
        foreach (var path in reads)
        {
            await ApiClient.AssertProblem(await client.GetAsync(path), HttpStatusCode.NotFound, "not_found");
        }

        await ApiClient.AssertProblem(await client.PutAsJsonAsync($"/api/assignments/{assignmentId}/review", ReviewScenario.Review(4)), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await client.PostAsync($"/api/assignments/{assignmentId}/review/submit", null), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await client.PostAsync($"/api/assignments/{assignmentId}/accept", null), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await client.PostAsJsonAsync($"/api/assignments/{assignmentId}/decline", new { reason = "NotMyExpertise" }), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task After_declaring_a_conflict_on_a_dossier_whose_review_was_submitted_the_expert_sees_it_nowhere()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("THETA", ["5G"]);
        var expert = await s.NewExpert("Dr Scrupule", ["5G"]);
        s.Close();
        var assignmentId = await s.Assign(dossier, expert);
        await ReviewScenario.SubmitReview(expert, assignmentId, ReviewScenario.Review(4));
        Assert.Contains(dossier.Reference, await expert.Client.GetStringAsync("/api/proposals"), StringComparison.Ordinal);

        var declared = await expert.Client.PostAsJsonAsync("/api/experts/me/conflicts", new { proposalId = dossier.ProposalId, reason = "J'ai conseillé le chef de file l'an dernier." });
        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);

        await AssertGone(expert, dossier, assignmentId);
        // The manager still sees the assignment and the review, and who declared what.
        Assert.Contains(expert.DisplayName, await s.Manager.GetStringAsync($"/api/proposals/{dossier.ProposalId}/assignments"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_declining_for_a_conflict_the_answer_shows_the_decline_then_the_dossier_is_gone()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("IOTA", ["5G"]);
        var expert = await s.NewExpert("Dr Réserve", ["5G"]);
        s.Close();
        var assignmentId = await s.Assign(dossier, expert);

        var declined = await expert.Client.PostAsJsonAsync($"/api/assignments/{assignmentId}/decline", new { reason = "ConflictOfInterest", comment = "Ancien salarié." });
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal("Declined", (await ApiClient.ReadObject(declined))["status"]!.GetValue<string>());

        await AssertGone(expert, dossier, assignmentId);
    }

    [Fact]
    public async Task A_conflict_detected_after_assignment_hides_the_assignment_and_its_review_too()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("KAPPA", ["5G"]);
        var employer = await s.NewApplicant("Sme", "FR-PDL");
        var expert = await s.NewExpert("Dr Bientôt", ["5G"], (employer.OrganisationId, new DateOnly(2020, 1, 1), null));
        s.Close();
        var assignmentId = await s.Assign(dossier, expert);
        await Consortium.Expect(expert.Client.PutAsJsonAsync($"/api/assignments/{assignmentId}/review", ReviewScenario.Review(3)), HttpStatusCode.OK);

        // The expert's employer joins the corporate group of the lead (no endpoint changes a group yet: the database
        // stands in for a registry update).
        await using (var connection = new Npgsql.NpgsqlConnection(factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                "UPDATE organisations SET parent_siren = (SELECT siren FROM organisations WHERE id = @lead) WHERE id = @employer", connection);
            command.Parameters.AddWithValue("lead", dossier.Lead.OrganisationId);
            command.Parameters.AddWithValue("employer", employer.OrganisationId);
            await command.ExecuteNonQueryAsync();
        }

        await AssertGone(expert, dossier, assignmentId);
    }
}
