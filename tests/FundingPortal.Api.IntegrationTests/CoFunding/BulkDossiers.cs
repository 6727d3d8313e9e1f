using Npgsql;

namespace FundingPortal.Api.IntegrationTests.CoFunding;

/// <summary>
/// Thousands of dossiers × 3 partners (SME, lab, large company) in one call, written in SQL: statuses spread over the
/// whole life cycle, funding requests with lines for the labelled ones. References are BENCH-1 … BENCH-n.
/// </summary>
public static class BulkDossiers
{
    private const string NoKeywords = "'{}'";

    public static async Task Seed(CoFundingWorld w, Guid callId, int dossiers)
    {
        await using var connection = new NpgsqlConnection(w.Factory.ConnectionString);
        await connection.OpenAsync();
        var statuses = "CASE WHEN i % 100 < 40 THEN 'Submitted' WHEN i % 100 < 60 THEN 'UnderReview' WHEN i % 100 < 70 THEN 'Reviewed' " +
            "WHEN i % 100 < 80 THEN 'NotLabelled' WHEN i % 100 < 85 THEN 'Labelled' WHEN i % 100 < 90 THEN 'FundingRequested' " +
            "WHEN i % 100 < 94 THEN 'Funded' WHEN i % 100 < 97 THEN 'PartiallyFunded' ELSE 'NotFunded' END";
        var decided = "CASE p.status WHEN 'FundingRequested' THEN NULL WHEN 'NotFunded' THEN 'Declined' ELSE 'Granted' END";
        string[] sql =
        [
            $"""
             INSERT INTO proposals (id, reference, call_id, lead_organisation_id, acronym, title, keywords, trl_start, trl_target, duration_months, status,
                                    excluded_expert_ids, latest_version, created_at, updated_at, concurrency_version)
             SELECT gen_random_uuid(), 'BENCH-' || i, @call, @sme, 'B' || i, 'Bench ' || i, {NoKeywords}, 4, 7, 36, {statuses}, {NoKeywords}, 0, now(), now(), 1
             FROM generate_series(1, {dossiers}) i
             """,
            """
            INSERT INTO proposal_partner (proposal_id, organisation_id, is_lead, joined_at, budget_updated_at, personnel, overheads, subcontracting, equipment, other_costs)
            SELECT p.id, o.id, o.id = @sme, now(), now(), o.costs, 0, 0, 0, 0
            FROM proposals p CROSS JOIN (VALUES (@sme, 700000), (@lab, 500000), (@large, 800000)) AS o(id, costs) WHERE p.call_id = @call
            """,
            $"""
             INSERT INTO funding_requests (id, proposal_id, call_id, funder_id, requested_at, requested_aid, decision, granted_aid, decided_at, concurrency_version)
             SELECT gen_random_uuid(), p.id, @call, f.id, now(), f.aid, {decided},
                    CASE WHEN p.status = 'Funded' OR (p.status = 'PartiallyFunded' AND f.id <> @normandie) THEN f.aid ELSE 0 END,
                    CASE WHEN p.status = 'FundingRequested' THEN NULL ELSE now() END, 1
             FROM proposals p CROSS JOIN (VALUES (@state, 357500), (@bretagne, 257500), (@normandie, 100000)) AS f(id, aid)
             WHERE p.call_id = @call AND p.status IN ('FundingRequested', 'Funded', 'PartiallyFunded', 'NotFunded')
             """,
            """
            INSERT INTO funding_request_lines (funding_request_id, organisation_id, category, region, eligible_costs, rate, requested_aid, granted_amount, instrument)
            SELECT r.id, l.org, l.category, l.region, l.costs, l.rate, l.aid, CASE WHEN r.granted_aid > 0 THEN l.aid ELSE 0 END,
                   CASE WHEN r.granted_aid > 0 THEN 'Grant' END
            FROM funding_requests r
            JOIN (VALUES (@state, @sme, 'Sme', 'FR-BRE', 700000, 0.225, 157500), (@state, @lab, 'Research', 'FR-BRE', 500000, 0.2, 100000),
                         (@state, @large, 'Large', 'FR-NOR', 800000, 0.125, 100000), (@bretagne, @sme, 'Sme', 'FR-BRE', 700000, 0.225, 157500),
                         (@bretagne, @lab, 'Research', 'FR-BRE', 500000, 0.2, 100000), (@normandie, @large, 'Large', 'FR-NOR', 800000, 0.125, 100000))
                 AS l(funder, org, category, region, costs, rate, aid) ON l.funder = r.funder_id
            WHERE r.call_id = @call
            """,
            "ANALYZE",
        ];
        foreach (var statement in sql)
        {
            await using var command = new NpgsqlCommand(statement, connection);
            command.Parameters.AddWithValue("call", callId);
            command.Parameters.AddWithValue("sme", w.Sme.OrganisationId);
            command.Parameters.AddWithValue("lab", w.Lab.OrganisationId);
            command.Parameters.AddWithValue("large", w.Large.OrganisationId);
            command.Parameters.AddWithValue("state", w.State);
            command.Parameters.AddWithValue("bretagne", w.Bretagne);
            command.Parameters.AddWithValue("normandie", w.Normandie);
            command.CommandTimeout = 300;
            await command.ExecuteNonQueryAsync();
        }
    }
}
