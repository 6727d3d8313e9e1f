using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Reviews.Evaluation;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace FundingPortal.Benchmarks.Ranking;

/// <summary>
/// A migrated database with one closed call of N dossiers, each with K submitted reviews on the default grid (random
/// half-point scores), and the per-dossier figures computed by the domain aggregator, as review submission keeps them.
/// </summary>
public static class RankingSeeder
{
    public static async Task<Guid> Seed(DbContextOptions<AppDbContext> options, string connectionString, int proposals, int reviewsPerProposal, int experts)
    {
        await using (var db = new AppDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        var callId = await CreateCall(options);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await Execute(connection, SeedSql, ("call", callId), ("experts", experts), ("proposals", proposals), ("k", reviewsPerProposal));
        await StoreFigures(connection, callId);
        await Execute(connection, "ANALYZE");
        return callId;
    }

    private static async Task<Guid> CreateCall(DbContextOptions<AppDbContext> options)
    {
        static LocalInstant At(int month, int day) => LocalInstant.Create(new DateTime(2026, month, day, 18, 0, 0), LocalInstant.DefaultTimeZone).Value;
        var published = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.Zero);
        var definition = new CallDefinition("Appel national (benchmark)", "i-Démo", null, ["FR-BRE"],
            new CallTimeline(At(1, 5), At(3, 1), At(4, 1), At(4, 15), At(7, 1)), EligibilityRules.Default, EvaluationGrid.Default, 3, false, []);
        var call = Call.Create(definition, published).Value;
        call.Publish(published);
        await using var db = new AppDbContext(options);
        db.Calls.Add(call);
        await db.SaveChangesAsync();
        return call.Id;
    }

    private const string SeedSql = """
        INSERT INTO "AspNetUsers" (id, created_at, user_name, normalized_user_name, email, normalized_email, email_confirmed,
            phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
        SELECT gen_random_uuid(), now(), u, upper(u), u, upper(u), true, false, false, false, 0
        FROM (SELECT 'bench-expert-' || i || '-' || @call || '@bench.test' AS u FROM generate_series(1, @experts) i) users;

        INSERT INTO experts (id, user_id, display_name, expertise, affiliations, call_ids, created_at)
        SELECT gen_random_uuid(), id, 'Expert ' || email, ARRAY['IA', 'énergie'], '[]'::jsonb, ARRAY[@call]::uuid[], now()
        FROM "AspNetUsers" WHERE email LIKE 'bench-expert-%-' || @call || '@bench.test';

        INSERT INTO proposals (id, reference, call_id, lead_organisation_id, acronym, title, keywords, trl_start, trl_target, duration_months,
            status, excluded_expert_ids, latest_version, last_submitted_at, created_at, updated_at, concurrency_version)
        SELECT gen_random_uuid(), 'FP-' || left(@call::text, 8) || '-' || lpad(i::text, 5, '0'), @call, gen_random_uuid(), 'P' || i, 'Projet ' || i,
            ARRAY['IA'], 4, 7, 36, 'Reviewed', '{}', 1, now(), now(), now(), 1
        FROM generate_series(1, @proposals) i;

        WITH p AS (SELECT id, row_number() OVER (ORDER BY reference) AS i FROM proposals WHERE call_id = @call),
             e AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS j FROM experts WHERE @call = ANY (call_ids))
        INSERT INTO review_assignments (id, proposal_id, call_id, expert_id, status, origin, assigned_at, due_at, responded_at, concurrency_version)
        SELECT gen_random_uuid(), p.id, @call, e.id, 'Submitted', 'Automatic', now(), now(), now(), 3
        FROM p CROSS JOIN generate_series(0, @k - 1) k JOIN e ON e.j = (p.i * @k + k) % @experts;

        INSERT INTO reviews (assignment_id, scores, comments, overall_comment, recommendation, updated_at, submitted_at)
        SELECT id, jsonb_build_object(
                'innovation', floor(random() * 11) / 2, 'market', floor(random() * 11) / 2, 'consortium', floor(random() * 11) / 2,
                'feasibility', floor(random() * 11) / 2, 'roadmap', floor(random() * 11) / 2, 'territory', floor(random() * 11) / 2),
            jsonb_build_object('innovation', 'Commentaire de synthèse sur le caractère innovant du projet.'),
            'Avis d''ensemble de l''expert.', 'Label', now(), now()
        FROM review_assignments WHERE call_id = @call;
        """;

    /// <summary>What review submission maintains: the domain aggregator's figures, one row per dossier.</summary>
    private static async Task StoreFigures(NpgsqlConnection connection, Guid callId)
    {
        var scores = new Dictionary<Guid, List<IReadOnlyDictionary<string, decimal>>>();
        await using (var read = new NpgsqlCommand(
                         "SELECT a.proposal_id, r.scores::text FROM reviews r JOIN review_assignments a ON a.id = r.assignment_id WHERE a.call_id = @call",
                         connection))
        {
            read.Parameters.AddWithValue("call", callId);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var review = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, decimal>>(reader.GetString(1))!;
                (scores.TryGetValue(reader.GetGuid(0), out var list) ? list : scores[reader.GetGuid(0)] = []).Add(review);
            }
        }

        await using var import = await connection.BeginBinaryImportAsync(
            "COPY proposal_evaluations (proposal_id, call_id, review_count, weighted_score, meets_threshold, disagreement, innovation_mean, market_mean, " +
            "updated_at, concurrency_version) FROM STDIN (FORMAT BINARY)");
        foreach (var (proposalId, reviews) in scores)
        {
            var result = EvaluationAggregator.Aggregate(EvaluationGrid.Default, reviews);
            await import.StartRowAsync();
            await import.WriteAsync(proposalId, NpgsqlDbType.Uuid);
            await import.WriteAsync(callId, NpgsqlDbType.Uuid);
            await import.WriteAsync(result.ReviewCount, NpgsqlDbType.Integer);
            await import.WriteAsync(result.WeightedScore!.Value, NpgsqlDbType.Numeric);
            await import.WriteAsync(result.MeetsThreshold, NpgsqlDbType.Boolean);
            await import.WriteAsync(result.Disagreement, NpgsqlDbType.Boolean);
            await import.WriteAsync(result.MeanOf(RankingOrder.InnovationKey)!.Value, NpgsqlDbType.Numeric);
            await import.WriteAsync(result.MeanOf(RankingOrder.MarketKey)!.Value, NpgsqlDbType.Numeric);
            await import.WriteAsync(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz);
            await import.WriteAsync(1, NpgsqlDbType.Integer);
        }

        await import.CompleteAsync();
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
