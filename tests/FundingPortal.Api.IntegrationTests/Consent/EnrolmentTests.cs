using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;

namespace FundingPortal.Api.IntegrationTests.Consent;

/// <summary>
/// The hole of issue 16: a member could put any registered account (an expert here) into their organisation without
/// asking, and the expert stayed assignable to the company's own dossier.
/// </summary>
[Collection(Collections.Consent)]
public sealed class EnrolmentTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task Adding_an_expert_as_member_only_invites_them_and_once_they_accept_the_company_dossier_is_a_conflict()
    {
        var s = await ReviewScenario.Create(factory);
        var expert = await s.NewExpert("Dr Anne Expert", ["5G"]);
        var expertEmail = (await expert.Client.GetFromJsonAsync<JsonObject>("/api/me"))!["email"]!.GetValue<string>();
        var dossier = await s.SubmitDossier("ENROL", ["5G"]);

        var added = await dossier.Lead.Client.PostAsJsonAsync($"/api/organisations/{dossier.Lead.OrganisationId}/members", new { email = expertEmail });
        Assert.True(added.StatusCode == HttpStatusCode.Accepted, $"{(int)added.StatusCode} {await added.Content.ReadAsStringAsync()}");
        var invitationId = (await ApiClient.ReadObject(added))["invitationId"]!.GetValue<Guid>();

        // Nothing changed for the expert until they say yes.
        var me = await expert.Client.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.Null(me!["organisationId"]?.GetValue<Guid?>());
        Assert.DoesNotContain("Applicant", me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        var invitations = await expert.Client.GetFromJsonAsync<JsonArray>("/api/me/invitations");
        var invitation = Assert.Single(invitations!)!.AsObject();
        Assert.Equal(invitationId, invitation["id"]!.GetValue<Guid>());
        Assert.Equal("Organisation", invitation["kind"]!.GetValue<string>());

        await Consortium.Expect(expert.Client.PostAsync($"/api/invitations/{invitationId}/accept", null), HttpStatusCode.OK);
        me = await expert.Client.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.Equal(dossier.Lead.OrganisationId, me!["organisationId"]!.GetValue<Guid>());

        s.Close();
        var candidates = await s.Manager.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/expert-candidates");
        var candidate = candidates!.Single(c => c!["expertId"]!.GetValue<Guid>() == expert.ExpertId)!;
        Assert.Equal("affiliated_with_partner", candidate["conflictReason"]?.GetValue<string>());
        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/assignments", new { expertId = expert.ExpertId }),
            HttpStatusCode.Conflict, "conflict_of_interest");
    }

    [Fact]
    public async Task An_expert_already_in_a_company_before_this_fix_is_still_in_conflict_with_its_dossiers()
    {
        var s = await ReviewScenario.Create(factory);
        var expert = await s.NewExpert("Dr Hérité", ["5G"]);
        var dossier = await s.SubmitDossier("LEGACY", ["5G"]);

        // As the old members endpoint did: the account put straight into the company, the profile listing nothing.
        await using (var connection = new Npgsql.NpgsqlConnection(factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var update = new Npgsql.NpgsqlCommand("UPDATE \"AspNetUsers\" SET organisation_id = @o WHERE id = @u", connection);
            update.Parameters.AddWithValue("o", dossier.Lead.OrganisationId);
            update.Parameters.AddWithValue("u", expert.UserId);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        var profile = await s.Manager.GetFromJsonAsync<JsonArray>($"/api/experts?callId={s.CallId}");
        Assert.Empty(profile!.Single(e => e!["expertId"]!.GetValue<Guid>() == expert.ExpertId)!["affiliations"]!.AsArray());
        s.Close();
        var candidate = (await s.Manager.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/expert-candidates"))!
            .Single(c => c!["expertId"]!.GetValue<Guid>() == expert.ExpertId)!;
        Assert.Equal("affiliated_with_partner", candidate["conflictReason"]?.GetValue<string>());
        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/assignments", new { expertId = expert.ExpertId }),
            HttpStatusCode.Conflict, "conflict_of_interest");
    }
}
