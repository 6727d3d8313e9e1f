using System.Diagnostics;
using System.Net;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace FundingPortal.Api.IntegrationTests.CoFunding;

/// <summary>Runs only with FP_BENCH=1: figures are printed, not asserted (shared, noisy machines; see quality.md).</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("FP_BENCH") != "1")
        {
            Skip = "Benchmark: set FP_BENCH=1 to run it and print its figures.";
        }
    }
}

[Collection(Collections.CoFunding)]
public sealed class DashboardBenchmark(ApiFactory factory, ITestOutputHelper output) : PortalTest(factory)
{
    private const int Dossiers = 10_000;
    private const string NoKeywords = "'{}'";

    [BenchmarkFact]
    public async Task Dashboard_summary_and_exports_of_a_call_with_ten_thousand_dossiers()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall(stateEnvelope: 10_000_000_000m, regionEnvelope: 10_000_000_000m);
        var seeding = Stopwatch.StartNew();
        await Seed(w, callId);
        output.WriteLine($"seeded {Dossiers} dossiers × 3 partners with funding requests in {seeding.ElapsedMilliseconds} ms");

        await Measure("GET /api/dashboard", w.Manager, "/api/dashboard", 60);
        await Measure("GET funding-summary", w.Manager, $"/api/calls/{callId}/funding-summary", 60);
        await Measure("GET export csv", w.Manager, $"/api/calls/{callId}/export?format=csv", 5);
        await Measure("GET export xlsx", w.Manager, $"/api/calls/{callId}/export?format=xlsx", 3);
    }

    private async Task Measure(string name, HttpClient client, string url, int runs)
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        var timings = new List<double>();
        long bytes = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.GetAsync(url);
            bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
            timings.Add(watch.Elapsed.TotalMilliseconds);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        process.Refresh();
        var cpuPerRun = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
        timings.Sort();
        double At(double q) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(q * timings.Count) - 1)];
        output.WriteLine($"{name}: median {At(0.5):0.0} ms, p95 {At(0.95):0.0} ms, max {timings[^1]:0.0} ms over {runs} runs; "
            + $"CPU of the test process (API + client, not PostgreSQL) {cpuPerRun:0.0} ms per request; {bytes / 1024} KiB");
    }

    private static async Task Seed(CoFundingWorld w, Guid callId)
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
             FROM generate_series(1, {Dossiers}) i
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
