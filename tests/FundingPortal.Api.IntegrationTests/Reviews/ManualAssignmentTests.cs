using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using Npgsql;

namespace FundingPortal.Api.IntegrationTests.Reviews;

[Collection(Collections.Reviews)]
public sealed class ManualAssignmentTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task A_conflicted_expert_gets_409_with_the_rule_and_never_sees_the_dossier()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("DELTA", ["5G"]);
        var affiliated = await s.NewExpert("Dr Partenaire", ["5G"], (dossier.Large.OrganisationId, new DateOnly(2010, 1, 1), null));
        s.Close();

        var response = await s.Manager.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/assignments", new { expertId = affiliated.ExpertId });

        await ApiClient.AssertProblem(response, HttpStatusCode.Conflict, "conflict_of_interest");
        Assert.Equal("affiliated_with_partner", (await ApiClient.ReadObject(response))["reason"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await affiliated.Client.GetAsync($"/api/proposals/{dossier.ProposalId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await affiliated.Client.GetAsync($"/api/proposals/{dossier.ProposalId}/evaluation")).StatusCode);
    }

    [Fact]
    public async Task Past_affiliations_count_for_three_years_and_corporate_groups_through_the_parent_SIREN()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("EPSILON", ["5G"]);
        var today = DateOnly.FromDateTime(s.Factory.Clock.GetUtcNow().UtcDateTime);
        var recent = await s.NewExpert("Dr Récente", ["5G"], (dossier.Lab.OrganisationId, new DateOnly(2010, 1, 1), today.AddYears(-2)));
        var old = await s.NewExpert("Dr Ancienne", ["5G"], (dossier.Lab.OrganisationId, new DateOnly(2010, 1, 1), today.AddYears(-4)));
        var sister = await s.NewApplicant("Large", "FR-PDL");
        await SetParentSiren(sister.OrganisationId, await SirenOf(dossier.Large.OrganisationId));
        var inGroup = await s.NewExpert("Dr Groupe", ["5G"], (sister.OrganisationId, new DateOnly(2020, 1, 1), null));
        s.Close();

        await AssertConflict(s, dossier, recent, "affiliated_with_partner");
        await AssertConflict(s, dossier, inGroup, "same_corporate_group");
        Assert.NotEqual(Guid.Empty, await s.Assign(dossier, old));
    }

    [Fact]
    public async Task An_expert_whose_conflict_appears_after_assignment_no_longer_sees_nor_reviews_the_dossier()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("ZETA", ["5G"]);
        var unrelated = await s.NewApplicant("Sme", "FR-PDL");
        var expert = await s.NewExpert("Dr Bientôt", ["5G"], (unrelated.OrganisationId, new DateOnly(2020, 1, 1), null));
        s.Close();
        var assignmentId = await s.Assign(dossier, expert);
        Assert.Equal(HttpStatusCode.OK, (await expert.Client.GetAsync($"/api/proposals/{dossier.ProposalId}")).StatusCode);

        // The expert's company joins the group of a partner: the assignment is still there, the dossier is not.
        await SetParentSiren(unrelated.OrganisationId, await SirenOf(dossier.Lead.OrganisationId));

        Assert.Equal(HttpStatusCode.NotFound, (await expert.Client.GetAsync($"/api/proposals/{dossier.ProposalId}")).StatusCode);
        await ApiClient.AssertProblem(await expert.Client.PutAsJsonAsync($"/api/assignments/{assignmentId}/review", ReviewScenario.Review(3)),
            HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Managers_assign_and_remove_single_experts_once_the_call_is_closed()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("ETA", ["5G"]);
        var expert = await s.NewExpert("Dr Manuelle", ["5G"]);
        var outsider = await s.NewApplicant("Sme", "FR-BRE");

        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/assignments", new { expertId = expert.ExpertId }),
            HttpStatusCode.Conflict, "call_not_closed");
        s.Close();
        Assert.Equal(HttpStatusCode.Forbidden,
            (await outsider.Client.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/assignments", new { expertId = expert.ExpertId })).StatusCode);
        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/assignments", new { expertId = Guid.NewGuid() }),
            HttpStatusCode.BadRequest, "expert_not_in_call");

        var assignmentId = await s.Assign(dossier, expert);
        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/assignments", new { expertId = expert.ExpertId }),
            HttpStatusCode.Conflict, "already_assigned");
        var mine = await expert.Client.GetItemsAsync("/api/assignments");
        var entry = Assert.Single(mine!)!;
        Assert.Equal((assignmentId, dossier.Reference, "Invited"), (entry["id"]!.GetValue<Guid>(), entry["reference"]!.GetValue<string>(), entry["status"]!.GetValue<string>()));
        Assert.Equal("ETA", entry["acronym"]!.GetValue<string>());
        Assert.NotNull(entry["dueAt"]);

        Assert.Equal(HttpStatusCode.NoContent, (await s.Manager.DeleteAsync($"/api/proposals/{dossier.ProposalId}/assignments/{assignmentId}")).StatusCode);
        Assert.Empty((await expert.Client.GetItemsAsync("/api/assignments"))!);
        Assert.Equal(HttpStatusCode.NotFound, (await expert.Client.GetAsync($"/api/proposals/{dossier.ProposalId}")).StatusCode);
    }

    [Fact]
    public async Task A_declined_slot_goes_to_the_best_eligible_expert_and_never_back_to_the_one_who_declined()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("THETA", ["hydrogène", "stockage"]);
        var a = await s.NewExpert("Dr A", ["hydrogène"]);
        var b = await s.NewExpert("Dr B", ["stockage"]);
        var c = await s.NewExpert("Dr C", ["hydrogène", "stockage"]);
        s.Close();
        await s.Assign(dossier, a);
        await s.Assign(dossier, b);

        var assignmentId = await ReviewScenario.AssignmentOf(a, dossier);
        await ApiClient.AssertProblem(await a.Client.PostAsJsonAsync($"/api/assignments/{assignmentId}/decline", new { reason = "Busy" }),
            HttpStatusCode.BadRequest, "invalid_json");
        var declined = await a.Client.PostAsJsonAsync($"/api/assignments/{assignmentId}/decline", new { reason = "NotMyExpertise", comment = "Hors de mon domaine." });
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal("Declined", (await ApiClient.ReadObject(declined))["status"]!.GetValue<string>());

        var assignments = await s.Manager.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/assignments");
        var active = assignments!.Where(x => x!["status"]!.GetValue<string>() != "Declined").Select(x => x!["expertId"]!.GetValue<Guid>()).ToList();
        Assert.Equal([b.ExpertId, c.ExpertId], active.Order());
        Assert.Equal("Reassignment", assignments!.Single(x => x!["expertId"]!.GetValue<Guid>() == c.ExpertId)!["origin"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await a.Client.GetAsync($"/api/proposals/{dossier.ProposalId}")).StatusCode);
        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/assignments", new { expertId = a.ExpertId }),
            HttpStatusCode.Conflict, "expert_declined");

        var cAssignment = await ReviewScenario.AssignmentOf(c, dossier);
        Assert.Equal("Accepted", (await ApiClient.ReadObject(await c.Client.PostAsync($"/api/assignments/{cAssignment}/accept", null)))["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.PostAsync($"/api/assignments/{cAssignment}/accept", null)).StatusCode);
    }

    [Fact]
    public async Task Assigned_experts_read_the_dossier_without_budgets_when_the_call_hides_them_and_others_get_404()
    {
        var s = await ReviewScenario.Create(factory, hideBudgetFromExperts: true);
        var dossier = await s.SubmitDossier("IOTA", ["IA"]);
        var assigned = await s.NewExpert("Dr Assignée", ["IA"]);
        var other = await s.NewExpert("Dr Autre", ["IA"]);
        s.Close();
        await s.Assign(dossier, assigned);

        var read = await assigned.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}");
        Assert.Null(read!["totals"]);
        Assert.All(read["partners"]!.AsArray(), p => Assert.Null(p!["budget"]));
        Assert.Contains((await assigned.Client.GetItemsAsync("/api/proposals"))!, p => p!["id"]!.GetValue<Guid>() == dossier.ProposalId);

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/api/proposals/{dossier.ProposalId}")).StatusCode);
        Assert.DoesNotContain((await other.Client.GetItemsAsync("/api/proposals"))!, p => p!["id"]!.GetValue<Guid>() == dossier.ProposalId);
        var stranger = await s.NewApplicant("Sme", "FR-BRE");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/api/proposals/{dossier.ProposalId}")).StatusCode);
    }

    private static async Task AssertConflict(ReviewScenario s, Dossier dossier, ExpertUser expert, string reason)
    {
        var response = await s.Manager.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/assignments", new { expertId = expert.ExpertId });
        await ApiClient.AssertProblem(response, HttpStatusCode.Conflict, "conflict_of_interest");
        Assert.Equal(reason, (await ApiClient.ReadObject(response))["reason"]!.GetValue<string>());
    }

    private async Task<string> SirenOf(Guid organisationId)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT siren FROM organisations WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", organisationId);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    // No endpoint changes a corporate group yet; the database stands in for a registry update.
    private async Task SetParentSiren(Guid organisationId, string parentSiren)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE organisations SET parent_siren = @parent WHERE id = @id", connection);
        command.Parameters.AddWithValue("parent", parentSiren);
        command.Parameters.AddWithValue("id", organisationId);
        await command.ExecuteNonQueryAsync();
    }
}
