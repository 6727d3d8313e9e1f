using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using Npgsql;

namespace FundingPortal.Api.IntegrationTests.Reviews;

[Collection(Collections.Reviews)]
public sealed class LabellingTests(ApiFactory factory) : PortalTest(factory)
{
    private async Task<(ReviewScenario S, Dossier Dossier, ExpertUser First, Guid FirstAssignment, ExpertUser Second, Guid SecondAssignment)> UnderReview()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("MU", ["IA"]);
        var first = await s.NewExpert("Dr Alpha", ["IA"]);
        var second = await s.NewExpert("Dr Bêta", ["IA"]);
        s.Close();
        await s.AutoAssign();
        return (s, dossier, first, await ReviewScenario.AssignmentOf(first, dossier), second, await ReviewScenario.AssignmentOf(second, dossier));
    }

    [Fact]
    public async Task The_committee_decides_only_once_every_review_is_in_then_reviews_are_frozen()
    {
        var (s, dossier, first, firstAssignment, second, secondAssignment) = await UnderReview();
        await ReviewScenario.SubmitReview(first, firstAssignment, ReviewScenario.Review(4));
        await second.Client.PutAsJsonAsync($"/api/assignments/{secondAssignment}/review", ReviewScenario.Review(3));

        await ApiClient.AssertProblem(await s.Decide(dossier, "Labelled"), HttpStatusCode.Conflict, "reviews_pending");

        await Consortium.Expect(second.Client.PostAsync($"/api/assignments/{secondAssignment}/review/submit", null), HttpStatusCode.OK);
        var decided = await s.Decide(dossier, "Labelled");
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var decision = await ApiClient.ReadObject(decided);
        Assert.Equal(("Labelled", "Labelled"), (decision["outcome"]!.GetValue<string>(), decision["status"]!.GetValue<string>()));
        Assert.Matches(@"^LAB-\d{4}-\d{4,}$", decision["certificateNumber"]!.GetValue<string>());

        await ApiClient.AssertProblem(await second.Client.PostAsync($"/api/assignments/{secondAssignment}/review/submit", null), HttpStatusCode.Conflict, "review_locked");
        await ApiClient.AssertProblem(await first.Client.PutAsJsonAsync($"/api/assignments/{firstAssignment}/review", ReviewScenario.Review(1)), HttpStatusCode.Conflict, "review_locked");
        await ApiClient.AssertProblem(await s.Manager.DeleteAsync($"/api/proposals/{dossier.ProposalId}/assignments/{firstAssignment}"), HttpStatusCode.Conflict, "review_locked");
        await ApiClient.AssertProblem(await s.Decide(dossier, "NotLabelled"), HttpStatusCode.Conflict, "already_decided");

        var history = await dossier.Lead.Client.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/history");
        Assert.Contains(history!, h => h!["action"]!.GetValue<string>() == "labelling_decided" && h["toState"]!.GetValue<string>() == "Labelled");
        Assert.DoesNotContain(history!, h => h!["details"]?.GetValue<string>()?.Contains(first.ExpertId.ToString(), StringComparison.Ordinal) == true);
        Assert.True((await dossier.Lead.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}/history/verify"))!["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Applicants_see_the_anonymised_evaluation_only_after_the_decision_and_strangers_never()
    {
        var (s, dossier, first, firstAssignment, second, secondAssignment) = await UnderReview();
        await ReviewScenario.SubmitReview(first, firstAssignment, ReviewScenario.Review(4));
        await ReviewScenario.SubmitReview(second, secondAssignment, ReviewScenario.Review(2, "Reject"));

        await ApiClient.AssertProblem(await dossier.Lab.Client.GetAsync($"/api/proposals/{dossier.ProposalId}/evaluation"), HttpStatusCode.Forbidden,
            "evaluation_not_published");
        Assert.Equal(HttpStatusCode.OK, (await s.Decide(dossier, "NotLabelled", "Marché insuffisamment étayé.")).StatusCode);

        var response = await dossier.Lab.Client.GetAsync($"/api/proposals/{dossier.ProposalId}/evaluation");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(first.ExpertId.ToString(), body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Dr Alpha", body, StringComparison.Ordinal);
        var evaluation = JsonNode.Parse(body)!.AsObject();
        Assert.Equal(["Expert A", "Expert B"], evaluation["reviews"]!.AsArray().Select(r => r!["label"]!.GetValue<string>()));
        Assert.Equal(3m, evaluation["weightedScore"]!.GetValue<decimal>());
        Assert.Equal(("NotLabelled", "Marché insuffisamment étayé."),
            (evaluation["decision"]!["outcome"]!.GetValue<string>(), evaluation["decision"]!["motivation"]!.GetValue<string>()));
        Assert.Null(evaluation["decision"]!["certificateNumber"]);

        var stranger = await s.NewApplicant("Sme", "FR-BRE");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/api/proposals/{dossier.ProposalId}/evaluation")).StatusCode);
        var otherExpert = await s.NewExpert("Dr Gamma", ["IA"]);
        Assert.Equal(HttpStatusCode.NotFound, (await otherExpert.Client.GetAsync($"/api/proposals/{dossier.ProposalId}/evaluation")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await dossier.Lead.Client.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/labelling-decision",
            new { outcome = "Labelled", motivation = "Moi-même." })).StatusCode);
    }

    [Fact]
    public async Task A_label_gets_the_next_certificate_number_and_publishes_LabellingDecided_with_the_decision()
    {
        var (s, dossier, first, firstAssignment, second, secondAssignment) = await UnderReview();
        await ReviewScenario.SubmitReview(first, firstAssignment, ReviewScenario.Review(4));
        await ReviewScenario.SubmitReview(second, secondAssignment, ReviewScenario.Review(4));
        await ApiClient.AssertProblem(await s.Decide(dossier, "Labelled", "  "), HttpStatusCode.BadRequest, "validation_failed");

        var decision = await ApiClient.ReadObject(await s.Decide(dossier, "Labelled"));

        var certificate = decision["certificateNumber"]!.GetValue<string>();
        Assert.StartsWith($"LAB-{s.Factory.Clock.GetUtcNow().Year}-", certificate, StringComparison.Ordinal);
        var payload = await OutboxPayload("FundingPortal.Contracts.LabellingDecided", dossier.ProposalId);
        Assert.Equal("Labelled", payload["outcome"]!.GetValue<string>());
        Assert.Equal(certificate, payload["certificateNumber"]!.GetValue<string>());
        Assert.Equal(dossier.Lead.OrganisationId, payload["leadOrganisationId"]!.GetValue<Guid>());
        Assert.Equal(3, payload["partnerOrganisationIds"]!.AsArray().Count);
    }

    private async Task<JsonObject> OutboxPayload(string type, Guid proposalId)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT payload::text FROM outbox_messages WHERE type = @type AND payload->>'proposalId' = @id", connection);
        command.Parameters.AddWithValue("type", type);
        command.Parameters.AddWithValue("id", proposalId.ToString());
        return JsonNode.Parse((string)(await command.ExecuteScalarAsync())!)!.AsObject();
    }
}
