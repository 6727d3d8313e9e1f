using System.Text.Json;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace FundingPortal.Benchmarks.AutoAssignment;

/// <summary>
/// A closed call of submitted dossiers (3 partners each among 2,000 organisations, a quarter of them in 50 corporate
/// groups) and its experts (1–3 affiliations, some declared conflicts), some dossiers excluding an expert.
/// </summary>
public static class CallSeeder
{
    private static readonly string[] Vocabulary =
    [
        .. new[] { "énergie", "hydrogène", "batterie", "robotique", "IA", "santé", "matériaux", "mobilité", "cybersécurité", "photonique", "capteurs", "naval" }
            .SelectMany(r => new[] { r, r + " durable", r + " embarqué" }),
    ];

    public static async Task<Guid> Seed(AppDbContext db, string connectionString, int proposals, int experts, int seed)
    {
        await db.Database.MigrateAsync();
        var callId = await CreateClosedCall(db);
        var random = new Random(seed);
        var now = DateTimeOffset.UtcNow;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        var organisations = Enumerable.Range(0, 2000).Select(_ => Guid.NewGuid()).ToArray();
        await Copy(connection, "organisations (id, name, siren, category, region, parent_siren, created_at)", organisations.Select((id, i) => new object?[]
        {
            id, $"Organisation {i}", $"{100_000_000 + (seed * 10_000) + i}", "Sme", "FR-BRE", random.Next(4) == 0 ? $"{900_000_000 + random.Next(50)}" : null, now,
        }));

        var users = Enumerable.Range(0, experts).Select(_ => Guid.NewGuid()).ToArray();
        await Copy(connection, "\"AspNetUsers\" (id, created_at, email, normalized_email, user_name, normalized_user_name, email_confirmed, " +
            "phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)", users.Select((id, i) => new object?[]
        {
            id, now, $"e{i}@{callId}", $"E{i}@{callId}".ToUpperInvariant(), $"e{i}@{callId}", $"E{i}@{callId}".ToUpperInvariant(), true, false, false, false, 0,
        }));

        var expertIds = users.Select(_ => Guid.NewGuid()).ToArray();
        await Copy(connection, "experts (id, user_id, display_name, expertise, affiliations, call_ids, created_at)", expertIds.Select((id, i) => new object?[]
        {
            id, users[i], $"Expert {i}", Pick(random, random.Next(4, 11)).ToArray(),
            JsonSerializer.Serialize(Enumerable.Range(0, random.Next(1, 4)).Select(_ => new
            {
                organisationId = organisations[random.Next(organisations.Length)],
                from = new DateOnly(2012, 1, 1),
                to = random.Next(2) == 0 ? (DateOnly?)null : new DateOnly(2018 + random.Next(8), 1 + random.Next(12), 1),
            }), JsonSerializerOptions.Web),
            new[] { callId }, now,
        }));
        await Copy(connection, "expert_conflicts (id, expert_id, organisation_id, reason, declared_at)", expertIds.Where(_ => random.Next(5) == 0)
            .Select(id => new object?[] { Guid.NewGuid(), id, organisations[random.Next(organisations.Length)], "Déclaré.", now }));

        var dossiers = Enumerable.Range(0, proposals).Select(_ => (Id: Guid.NewGuid(), Partners: Distinct(random, organisations, 3))).ToList();
        await Copy(connection, "proposals (id, reference, call_id, lead_organisation_id, acronym, title, keywords, trl_start, trl_target, duration_months, status, " +
            "excluded_expert_ids, latest_version, last_submitted_at, created_at, updated_at, concurrency_version)", dossiers.Select((d, i) => new object?[]
        {
            d.Id, $"FP-B-{i:D5}-{callId.ToString()[^8..]}", callId, d.Partners[0], $"P{i}", $"Projet {i}", Pick(random, random.Next(3, 7)).ToArray(), 4, 7, 36,
            "Submitted", random.Next(3) == 0 ? new[] { expertIds[random.Next(expertIds.Length)] } : Array.Empty<Guid>(), 1, now, now, now, 1,
        }));
        await Copy(connection, "proposal_partner (proposal_id, organisation_id, is_lead, joined_at, equipment, other_costs, overheads, personnel, subcontracting)",
            dossiers.SelectMany(d => d.Partners.Select((o, i) => new object?[] { d.Id, o, i == 0, now, 0m, 0m, 100_000m, 500_000m, 0m })));
        await BenchDatabaseSql.Analyze(connection);
        return callId;
    }

    private static async Task<Guid> CreateClosedCall(AppDbContext db)
    {
        var deadline = DateTime.UtcNow.Date.AddDays(-30).AddHours(18);
        LocalInstant At(DateTime local) => LocalInstant.Create(local, LocalInstant.DefaultTimeZone).Value;
        var published = new DateTimeOffset(deadline.AddDays(-90), TimeSpan.Zero);
        var definition = new CallDefinition("Appel national (benchmark d'affectation)", "i-Démo", null, ["FR-BRE"],
            new CallTimeline(At(deadline.AddDays(-60)), At(deadline), At(deadline.AddDays(40)), At(deadline.AddDays(50)), At(deadline.AddDays(120))),
            EligibilityRules.Default, EvaluationGrid.Default, 2, false, []);
        var call = Call.Create(definition, published).Value;
        db.Calls.Add(call);
        await db.SaveChangesAsync();
        // Published in SQL: Publish refuses a call without funders, which the assignment does not need.
        await db.Database.ExecuteSqlAsync($"UPDATE calls SET published_at = {published} WHERE id = {call.Id}");
        return call.Id;
    }

    private static IEnumerable<string> Pick(Random random, int count) => Enumerable.Range(0, count).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).Distinct();

    private static Guid[] Distinct(Random random, Guid[] pool, int count)
    {
        var picked = new HashSet<Guid>();
        while (picked.Count < count)
        {
            picked.Add(pool[random.Next(pool.Length)]);
        }

        return [.. picked];
    }

    private static async Task Copy(NpgsqlConnection connection, string target, IEnumerable<object?[]> rows)
    {
        await using var import = await connection.BeginTextImportAsync($"COPY {target} FROM STDIN (FORMAT csv)");
        foreach (var row in rows)
        {
            await import.WriteLineAsync(string.Join(',', row.Select(Csv)));
        }
    }

    private static string Csv(object? value) => value switch
    {
        null => "",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        DateTimeOffset d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        string[] a => Quote("{" + string.Join(',', a.Select(x => "\"" + x.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")) + "}"),
        Guid[] g => Quote("{" + string.Join(',', g) + "}"),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => Quote(value.ToString()!),
    };

    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

internal static class BenchDatabaseSql
{
    public static async Task Analyze(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("ANALYZE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
