using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using Npgsql;

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
    public async Task Assignments_written_in_bulk_commit_with_their_audit_and_announcements_or_not_at_all()
    {
        var s = await ReviewScenario.Create(factory);
        var dossiers = new[] { await s.SubmitDossier("UN", ["IA"]), await s.SubmitDossier("DEUX", ["IA"]) };
        var experts = new[] { await s.NewExpert("Dr Un", ["IA"]), await s.NewExpert("Dr Deux", ["IA"]) };
        s.Close();

        // Every assignment row refused as a lost race would be: the use case retries, then gives up with nothing written.
        await Sql($"""
            CREATE FUNCTION refuse_assignment() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'refused by the test' USING ERRCODE = '40001'; END $$;
            CREATE TRIGGER refuse_assignment BEFORE INSERT ON review_assignments FOR EACH ROW
              WHEN (NEW.call_id = '{s.CallId}') EXECUTE FUNCTION refuse_assignment();
            """);
        try
        {
            var refused = await s.Manager.PostAsync($"/api/calls/{s.CallId}/assignments/auto", null);
            await ApiClient.AssertProblem(refused, HttpStatusCode.Conflict, "concurrent_update");
            Assert.Equal((0L, 0L, 0L, 0L), await Written(s.CallId, dossiers.Select(d => d.ProposalId).ToArray()));
        }
        finally
        {
            await Sql("DROP TRIGGER refuse_assignment ON review_assignments; DROP FUNCTION refuse_assignment();");
        }

        var result = await s.AutoAssign();

        Assert.Equal(4, result["assigned"]!.GetValue<int>());
        // 4 rows, 2 dossiers under review with their audit entry, the call's audit entry, one announcement per expert.
        Assert.Equal((4L, 2L, 3L, (long)experts.Length), await Written(s.CallId, dossiers.Select(d => d.ProposalId).ToArray()));
        foreach (var dossier in dossiers)
        {
            var assignments = await s.Manager.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/assignments");
            Assert.Equal(experts.Select(e => e.ExpertId).Order(), assignments!.Select(a => a!["expertId"]!.GetValue<Guid>()).Order());
            Assert.All(assignments!, a => Assert.Equal("Invited", a!["status"]!.GetValue<string>()));
        }
    }

    private async Task Sql(string sql)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Assignment rows, dossiers under review, audit entries (call + dossiers) and ExpertAssigned messages of the call.</summary>
    private async Task<(long Assignments, long UnderReview, long Audit, long Announcements)> Written(Guid callId, Guid[] proposalIds)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM review_assignments WHERE call_id = @call),
                   (SELECT count(*) FROM proposals WHERE id = ANY(@ids) AND status = 'UnderReview'),
                   (SELECT count(*) FROM audit_entries WHERE (stream_id = @call AND action = 'experts_auto_assigned') OR (stream_id = ANY(@ids) AND action = 'review_started')),
                   (SELECT count(*) FROM outbox_messages WHERE type LIKE '%ExpertAssigned%' AND payload->>'callId' = @callText)
            """, connection);
        command.Parameters.AddWithValue("call", callId);
        command.Parameters.AddWithValue("ids", proposalIds);
        command.Parameters.AddWithValue("callText", callId.ToString());
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
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
