using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FundingPortal.Application.FundingSimulation;
using FundingPortal.Application.FundingSimulation.SimulateFunding;
using FundingPortal.Benchmarks.Database;
using FundingPortal.Benchmarks.Ranking;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.FundingSimulation;
using FundingPortal.Domain.Organisations;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FundingPortal.Benchmarks.FundingSimulation;

/// <summary>
/// The funding simulation over a call of N labelled dossiers (4 partners each, in Bretagne, Normandie and outside the
/// Regions): the domain calculation alone, then the use case on PostgreSQL (the one query, the calculation and the
/// JSON), and optionally POST /api/calls/{id}/funding-simulation over HTTP against an API on a database holding the call.
/// </summary>
public static class SimulationRun
{
    private static readonly JsonSerializerOptions ApiJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private static readonly string[] PartnerRegions = ["FR-BRE", "FR-BRE", "FR-NOR", "FR-PDL"];

    public static async Task Run(string[] args)
    {
        var options = args.Chunk(2).Where(c => c.Length == 2).ToDictionary(c => c[0].TrimStart('-'), c => c[1]);
        string Text(string name, string fallback) => options.TryGetValue(name, out var v) ? v : fallback;
        int Number(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var dossiers = Number("dossiers", 1_000);
        var runs = Number("runs", 200);
        Console.WriteLine($"load average before the runs: {LoadAverage()}");

        var (call, funders, ranking) = InMemory(dossiers);
        var calculation = await Measure(runs, () => Task.FromResult(FundingSimulator.Simulate(call, funders, ranking, null).Dossiers.Count));
        Console.WriteLine($"calculation alone ({dossiers} dossiers x 4 partners x 3 funders): {calculation.Stats}");

        var admin = Text("pg", Environment.GetEnvironmentVariable("FP_TEST_PG") ?? "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres");
        // --into: seed the call into an existing portal database (the one an API under test serves) instead of a throwaway one.
        var connectionString = options.TryGetValue("into", out var into) ? into : await BenchDatabase.Recreate(admin, Text("db", "fp_bench_simulation"));
        var callId = await Seed(connectionString, dossiers);
        await using var services = BenchDatabase.Services(connectionString);
        var useCase = await Measure(runs, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<SimulateFunding>().Handle(callId, null, CancellationToken.None);
            var counter = new CountingStream();
            await JsonSerializer.SerializeAsync(counter, result.Value, ApiJson);
            return (int)counter.Length;
        });
        Console.WriteLine($"use case on PostgreSQL + JSON ({useCase.Bytes / 1024} KiB): {useCase.Stats}");
        var read = await Measure(runs, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<ILabelledDossierSource>().Read(callId, CancellationToken.None)).Count;
        });
        Console.WriteLine($"of which the labelled dossiers' read: {read.Stats}");
        var handled = await Measure(runs, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<SimulateFunding>().Handle(callId, null, CancellationToken.None)).Value.Dossiers.Count;
        });
        Console.WriteLine($"the use case without the JSON: {handled.Stats}");
        Console.WriteLine($"load average after the runs: {LoadAverage()}");

        if (options.TryGetValue("api-url", out var apiUrl))
        {
            var http = await Measure(runs, await HttpSimulation(apiUrl, callId, Text("manager-email", "manager@pole-ouest.fr"),
                Text("manager-password", "Gestion-Pole-2026")));
            Console.WriteLine($"POST /api/calls/{{id}}/funding-simulation over HTTP ({http.Bytes / 1024} KiB): {http.Stats}");
        }
    }

    /// <summary>Envelopes that run out around the middle of the ranking, so every branch of the calculation runs.</summary>
    private static (Call Call, IReadOnlyDictionary<Guid, Funder> Funders, IReadOnlyList<SimulatedDossier> Ranking) InMemory(int dossiers)
    {
        var (call, funders) = NewCall(dossiers, "");
        var random = new Random(7);
        var ranking = Enumerable.Range(0, dossiers)
            .Select(_ => new SimulatedDossier(Guid.NewGuid(), PartnerRegions.Select((region, i) =>
                new PartnerCosts(Guid.NewGuid(), (OrganisationCategory)(i % 4), region, random.Next(100_000, 900_000))).ToList()))
            .ToList();
        return (call, funders, ranking);
    }

    private static (Call Call, IReadOnlyDictionary<Guid, Funder> Funders) NewCall(int dossiers, string suffix)
    {
        var funders = new[]
        {
            Funder.Create("Bpifrance (État)" + suffix, FunderKind.State, null).Value,
            Funder.Create("Région Bretagne" + suffix, FunderKind.Region, "FR-BRE").Value,
            Funder.Create("Région Normandie" + suffix, FunderKind.Region, "FR-NOR").Value,
        };
        var rates = new Dictionary<OrganisationCategory, decimal>
        {
            [OrganisationCategory.Sme] = 0.225m, [OrganisationCategory.MidCap] = 0.15m, [OrganisationCategory.Large] = 0.125m, [OrganisationCategory.Research] = 0.20m,
        };
        var callFunders = funders.Select((f, i) => CallFunder.Create(f.Id, dossiers * (i == 0 ? 250_000m : 100_000m), rates, null, i).Value).ToList();
        static LocalInstant At(int month, int day) => LocalInstant.Create(new DateTime(2026, month, day, 18, 0, 0), LocalInstant.DefaultTimeZone).Value;
        var definition = new CallDefinition("Appel (benchmark de la simulation)", "FUI", null, ["FR-BRE", "FR-NOR"],
            new CallTimeline(At(1, 5), At(3, 1), At(4, 1), At(4, 15), At(7, 1)), EligibilityRules.Default, EvaluationGrid.Default, 2, false, callFunders);
        var published = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.Zero);
        var call = Call.Create(definition, published).Value;
        call.Publish(published);
        return (call, funders.ToDictionary(f => f.Id));
    }

    private static async Task<Guid> Seed(string connectionString, int dossiers)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options;
        var (call, funders) = NewCall(dossiers, $" {Guid.NewGuid():N}"[..9]);
        await using (var db = new AppDbContext(options))
        {
            await db.Database.MigrateAsync();
            db.Funders.AddRange(funders.Values);
            db.Calls.Add(call);
            await db.SaveChangesAsync();
        }

        var seeding = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await BenchDatabase.Execute(connection, SeedSql, ("call", call.Id), ("n", dossiers));
        Console.WriteLine(FormattableString.Invariant($"seeded {dossiers} labelled dossiers in {seeding.Elapsed.TotalSeconds:F1} s"));
        return call.Id;
    }

    // Snapshots as submission writes them: the partners the simulation reads, plus some 6 KB of project text it must not fetch.
    private const string SeedSql = """
        INSERT INTO proposals (id, reference, call_id, lead_organisation_id, acronym, title, keywords, trl_start, trl_target, duration_months,
            status, excluded_expert_ids, latest_version, last_submitted_at, created_at, updated_at, concurrency_version)
        SELECT gen_random_uuid(), 'SIM-' || lpad(i::text, 5, '0'), @call, gen_random_uuid(), 'S' || i, 'Projet ' || i, '{}', 4, 7, 36,
            'Labelled', '{}', 1, now(), now(), now(), 1
        FROM generate_series(1, @n) i;

        INSERT INTO proposal_versions (id, proposal_id, number, is_pre_proposal, receipt_number, sha256, snapshot_json, submitted_at, submitted_by_user_id)
        SELECT gen_random_uuid(), p.id, 1, false, 'R-' || p.reference, repeat('0', 64),
            jsonb_build_object(
                'description', repeat('Description du projet. ', 260),
                'partners', (SELECT jsonb_agg(jsonb_build_object(
                    'organisationId', gen_random_uuid(), 'category', c.category, 'region', c.region, 'name', 'Partenaire ' || c.k, 'siren', '732829320',
                    'isLead', c.k = 1, 'budget', jsonb_build_object('personnel', 300000 + (random() * 600000)::int, 'total', 300000 + (random() * 600000)::int))
                    ORDER BY c.k)
                    FROM (VALUES (1, 'Sme', 'FR-BRE'), (2, 'MidCap', 'FR-BRE'), (3, 'Large', 'FR-NOR'), (4, 'Research', 'FR-PDL')) AS c(k, category, region)
                    WHERE p.id IS NOT NULL))::text,
            now(), gen_random_uuid()
        FROM proposals p WHERE p.call_id = @call;

        INSERT INTO proposal_evaluations (proposal_id, call_id, review_count, weighted_score, meets_threshold, disagreement, innovation_mean, market_mean,
            updated_at, concurrency_version)
        SELECT id, @call, 2, round((random() * 20)::numeric, 2), true, false, round((random() * 5)::numeric, 2), round((random() * 5)::numeric, 2), now(), 1
        FROM proposals WHERE call_id = @call;
        ANALYZE;
        """;

    private static async Task<Func<Task<int>>> HttpSimulation(string apiUrl, Guid callId, string email, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(apiUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return async () =>
        {
            var response = await client.PostAsJsonAsync(new Uri($"/api/calls/{callId}/funding-simulation", UriKind.Relative), new { });
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadAsByteArrayAsync()).Length;
        };
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static async Task<(LatencyStats Stats, int Bytes)> Measure(int runs, Func<Task<int>> once)
    {
        var bytes = 0;
        for (var i = 0; i < 30; i++)
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
}
