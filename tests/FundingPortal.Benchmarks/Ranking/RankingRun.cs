using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Application.Reviews.Evaluation.GetCallRanking;
using FundingPortal.Application.Reviews.Evaluation.GetEvaluation;
using FundingPortal.Benchmarks.Database;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FundingPortal.Benchmarks.Ranking;

/// <summary>
/// Ranking and evaluation reads on a call of 10,000 dossiers and 30,000 reviews in PostgreSQL: the Application use
/// cases with a fresh DbContext per call and the JSON serialisation (what an API request does minus HTTP), the same
/// ranking recomputed from the review scores in SQL (what the stored figures avoid), and optionally GET over HTTP
/// against an API started on the same database.
/// </summary>
public static class RankingRun
{
    private static readonly JsonSerializerOptions ApiJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task Run(string[] args)
    {
        var options = args.Chunk(2).Where(c => c.Length == 2).ToDictionary(c => c[0].TrimStart('-'), c => c[1]);
        string Text(string name, string fallback) => options.TryGetValue(name, out var v) ? v : fallback;
        int Number(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var admin = Text("pg", Environment.GetEnvironmentVariable("FP_TEST_PG") ?? "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres");
        var database = Text("db", "fp_bench_ranking");
        var proposals = Number("proposals", 10_000);
        var reviews = Number("reviews", 3);
        var runs = Number("runs", 200);

        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
        var dbOptions = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options;
        Guid callId;
        if (options.TryGetValue("reuse", out var reused))
        {
            callId = Guid.Parse(reused);
        }
        else
        {
            await Recreate(admin, database);
            var seeding = Stopwatch.StartNew();
            callId = await RankingSeeder.Seed(dbOptions, connectionString, proposals, reviews, Number("experts", 300));
            Console.WriteLine(FormattableString.Invariant($"seeded {proposals} dossiers x {reviews} reviews in database {database} ({seeding.Elapsed.TotalSeconds:F1} s); rerun with --reuse {callId}"));
        }

        await using var services = BenchDatabase.Services(connectionString);
        var ranking = await Measure(runs, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            return await Serialize(await WholeRanking(scope.ServiceProvider.GetRequiredService<GetCallRanking>(), callId));
        });
        Console.WriteLine($"load average before the runs: {LoadAverage()}");
        Console.WriteLine($"ranking (use case + JSON, {ranking.Bytes / 1024} KiB): {ranking.Stats}");
        var query = await Measure(runs, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            return (await WholeRanking(scope.ServiceProvider.GetRequiredService<GetCallRanking>(), callId)).Count;
        });
        Console.WriteLine($"  of which the use case alone (query, materialisation, ordering): {query.Stats}");

        var proposalIds = await ProposalIds(dbOptions, callId);
        var random = new Random(1);
        var evaluation = await Measure(runs, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<GetEvaluation>().Handle(proposalIds[random.Next(proposalIds.Count)], CancellationToken.None);
            return await Serialize(result.Value);
        });
        Console.WriteLine($"evaluation of one dossier (use case + JSON): {evaluation.Stats}");

        var recomputed = await Measure(Math.Max(10, runs / 10), async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(RecomputedRankingSql, connection);
            command.Parameters.AddWithValue("call", callId);
            var rows = 0;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows++;
            }

            return rows;
        });
        Console.WriteLine($"ranking recomputed from the scores in SQL (for comparison): {recomputed.Stats}");

        if (options.TryGetValue("api-url", out var apiUrl))
        {
            var http = await Measure(runs, await HttpRanking(apiUrl, callId, Text("manager-email", "manager@bench.test"), Text("manager-password", "manager-password-1")));
            Console.WriteLine($"GET /api/calls/{{id}}/ranking over HTTP ({http.Bytes / 1024} KiB): {http.Stats}");
        }
    }

    /// <summary>Like the API: written to a stream as it is produced, counting the bytes.</summary>
    private static async Task<int> Serialize<T>(T value)
    {
        var counter = new CountingStream();
        await JsonSerializer.SerializeAsync(counter, value, ApiJson);
        return (int)counter.Length;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static async Task<(LatencyStats Stats, int Bytes)> Measure(int runs, Func<Task<int>> once)
    {
        var bytes = 0;
        // Long enough for tiered compilation to settle: its background JIT would otherwise count as CPU of the first runs.
        for (var i = 0; i < 50; i++)
        {
            bytes = await once();
        }

        var timings = new List<double>(runs);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            bytes = await once();
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        return (LatencyStats.Of(timings, Process.GetCurrentProcess().TotalProcessorTime - cpu), bytes);
    }

    /// <summary>The whole ranking, read as an integrator does: pages of 500 following nextCursor.</summary>
    private static async Task<List<RankingEntryDto>> WholeRanking(GetCallRanking ranking, Guid callId)
    {
        var all = new List<RankingEntryDto>();
        string? cursor = null;
        do
        {
            var page = (await ranking.Handle(callId, new PageRequest(PageRequest.MaxLimit, cursor), CancellationToken.None)).Value;
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return all;
    }

    private static async Task<Func<Task<int>>> HttpRanking(string apiUrl, Guid callId, string email, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(apiUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return async () =>
        {
            var response = await client.GetAsync(new Uri($"/api/calls/{callId}/ranking?limit=500", UriKind.Relative));
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadAsByteArrayAsync()).Length;
        };
    }

    private static async Task<List<Guid>> ProposalIds(DbContextOptions<AppDbContext> options, Guid callId)
    {
        await using var db = new AppDbContext(options);
        return await db.Proposals.Where(p => p.CallId == callId).Select(p => p.Id).ToListAsync();
    }

    private static async Task Recreate(string admin, string database)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    private const string RecomputedRankingSql = """
        WITH means AS (
            SELECT a.proposal_id,
                   avg((r.scores->>'innovation')::numeric) AS innovation, avg((r.scores->>'market')::numeric) AS market,
                   avg((r.scores->>'consortium')::numeric) AS consortium, avg((r.scores->>'feasibility')::numeric) AS feasibility,
                   avg((r.scores->>'roadmap')::numeric) AS roadmap, avg((r.scores->>'territory')::numeric) AS territory,
                   max((r.scores->>'innovation')::numeric) - min((r.scores->>'innovation')::numeric) AS innovation_gap
            FROM review_assignments a JOIN reviews r ON r.assignment_id = a.id
            WHERE a.call_id = @call AND a.status = 'Submitted'
            GROUP BY a.proposal_id)
        SELECT p.id, p.reference, p.acronym, p.status,
               round((25 * m.innovation + 25 * m.market + 20 * m.consortium + 15 * m.feasibility + 10 * m.roadmap + 5 * m.territory) / 100, 2) AS weighted,
               m.innovation_gap >= 2 AS disagreement
        FROM means m JOIN proposals p ON p.id = m.proposal_id
        ORDER BY weighted DESC, round(m.innovation, 2) DESC, round(m.market, 2) DESC, p.reference
        """;
}
