using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Application.Reviews.Evaluation;
using FundingPortal.Domain.Reviews.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FundingPortal.Api.IntegrationTests.Reviews;

/// <summary>The database orders the ranking for speed; it must order exactly as the domain rule does, nulls and ties included.</summary>
[Collection(Collections.Reviews)]
public sealed class RankingOrderInSqlTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task The_SQL_ranking_follows_the_domain_ranking_order_on_random_figures_with_many_ties()
    {
        var callId = Guid.NewGuid();
        var random = new Random(11);
        decimal? Figure() => random.Next(6) == 0 ? null : random.Next(0, 9) / 2m;
        var rows = Enumerable.Range(0, 400)
            .Select(i => (Id: Guid.NewGuid(), Reference: $"FP-2026-{random.Next(10_000):D4}-{i}", Weighted: Figure(), Innovation: Figure(), Market: Figure()))
            .ToList();
        await Insert(callId, rows);

        await using var scope = factory.Services.CreateAsyncScope();
        var ranking = await scope.ServiceProvider.GetRequiredService<IRankingSource>().Read(callId, CancellationToken.None);

        var expected = rows.OrderBy(r => new RankingKey(r.Weighted, r.Innovation, r.Market, r.Reference), RankingOrder.Instance).Select(r => r.Id);
        Assert.Equal(expected, ranking.Select(r => r.ProposalId));
        Assert.Equal(Enumerable.Range(1, rows.Count), ranking.Select(r => r.Rank));
    }

    private async Task Insert(Guid callId, IEnumerable<(Guid Id, string Reference, decimal? Weighted, decimal? Innovation, decimal? Market)> rows)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        foreach (var row in rows)
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO proposals (id, reference, call_id, lead_organisation_id, acronym, title, keywords, trl_start, trl_target, duration_months, status,
                    excluded_expert_ids, latest_version, created_at, updated_at, concurrency_version)
                VALUES (@id, @reference, @call, gen_random_uuid(), 'R', 'R', '{}', 4, 7, 36, 'UnderReview', '{}', 1, now(), now(), 1);
                INSERT INTO proposal_evaluations (proposal_id, call_id, review_count, weighted_score, meets_threshold, disagreement, innovation_mean, market_mean,
                    updated_at, concurrency_version)
                VALUES (@id, @call, 2, @weighted, false, false, @innovation, @market, now(), 1);
                """, connection);
            command.Parameters.AddWithValue("id", row.Id);
            command.Parameters.AddWithValue("reference", row.Reference);
            command.Parameters.AddWithValue("call", callId);
            command.Parameters.AddWithValue("weighted", (object?)row.Weighted ?? DBNull.Value);
            command.Parameters.AddWithValue("innovation", (object?)row.Innovation ?? DBNull.Value);
            command.Parameters.AddWithValue("market", (object?)row.Market ?? DBNull.Value);
            await command.ExecuteNonQueryAsync();
        }
    }
}
