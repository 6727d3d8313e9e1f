using System.Net.Http.Json;
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
            .Select(i => (Id: Guid.NewGuid(), Reference: $"FP-2026-{random.Next(10_000):D4}-{i}", Weighted: Figure(), Innovation: Figure(), Market: Figure(), Reviews: random.Next(4)))
            .ToList();
        await Insert(callId, rows);

        await using var scope = factory.Services.CreateAsyncScope();
        var ranking = await scope.ServiceProvider.GetRequiredService<IRankingSource>().Read(callId, 2, null, 1000, CancellationToken.None);

        var expected = rows.OrderBy(r => new RankingKey(r.Weighted, r.Innovation, r.Market, r.Reference, r.Reviews >= 2), RankingOrder.Instance).Select(r => r.Id);
        Assert.Equal(expected, ranking.Select(r => r.ProposalId));
        var complete = rows.Count(r => r.Reviews >= 2);
        Assert.Equal(Enumerable.Range(1, complete).Select(r => (int?)r).Concat(Enumerable.Repeat((int?)null, rows.Count - complete)), ranking.Select(r => r.Rank));
        Assert.All(ranking, r => Assert.Equal((r.ReviewsIn >= 2, 2), (r.EvaluationComplete, r.ReviewsExpected)));
    }

    [Fact]
    public async Task Pages_of_the_SQL_ranking_read_after_each_last_key_give_the_whole_order_once_nulls_and_ties_included()
    {
        var callId = Guid.NewGuid();
        var random = new Random(23);
        decimal? Figure() => random.Next(4) == 0 ? null : random.Next(0, 5) / 2m;
        var rows = Enumerable.Range(0, 150)
            .Select(i => (Id: Guid.NewGuid(), Reference: $"FP-2026-{random.Next(10_000):D4}-{i}", Weighted: Figure(), Innovation: Figure(), Market: Figure(), Reviews: random.Next(1, 3)))
            .ToList();
        await Insert(callId, rows);

        await using var scope = factory.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<IRankingSource>();
        var paged = new List<Application.Reviews.Evaluation.GetCallRanking.RankingEntryDto>();
        RankingPosition? after = null;
        while (await source.Read(callId, 2, after, 7, CancellationToken.None) is { Count: > 0 } page)
        {
            paged.AddRange(page);
            var last = page[^1];
            after = new RankingPosition(last.EvaluationComplete, last.WeightedScore, last.InnovationMean, last.MarketMean, last.Reference,
                paged.LastOrDefault(r => r.Rank is not null)?.Rank ?? 0);
        }

        var expected = rows.OrderBy(r => new RankingKey(r.Weighted, r.Innovation, r.Market, r.Reference, r.Reviews >= 2), RankingOrder.Instance).Select(r => r.Id);
        Assert.Equal(expected, paged.Select(r => r.ProposalId));
        Assert.Equal(Enumerable.Range(1, rows.Count(r => r.Reviews >= 2)), paged.Where(r => r.Rank is not null).Select(r => r.Rank!.Value));
    }

    [Fact]
    public async Task The_ranking_read_through_the_API_a_page_at_a_time_is_the_whole_ranking_and_a_cursor_works_only_on_its_call()
    {
        var manager = await new ApiClient(factory).Manager();
        var call = (await CallBuilder.CreatePublished(manager, new DateTime(2026, 5, 1, 9, 0, 0), new DateTime(2026, 10, 19, 18, 0, 0)))["id"]!.GetValue<Guid>();
        var other = (await CallBuilder.CreatePublished(manager, new DateTime(2026, 5, 1, 9, 0, 0), new DateTime(2026, 10, 19, 18, 0, 0)))["id"]!.GetValue<Guid>();
        var random = new Random(5);
        decimal? Figure() => random.Next(5) == 0 ? null : random.Next(0, 7) / 2m;
        await Insert(call, Enumerable.Range(0, 40).Select(i => (Guid.NewGuid(), $"FP-2026-{random.Next(10_000):D4}-{i}", Figure(), Figure(), Figure(), random.Next(1, 3))).ToList());

        var whole = (await manager.GetItemsAsync($"/api/calls/{call}/ranking?limit=500"))!.Select(r => (r!["proposalId"]!.GetValue<Guid>(), r["rank"]?.GetValue<int>()));
        var paged = (await manager.GetAllItemsAsync($"/api/calls/{call}/ranking", limit: 6)).Select(r => (r["proposalId"]!.GetValue<Guid>(), r["rank"]?.GetValue<int>()));
        Assert.Equal(whole, paged);
        Assert.Equal(40, paged.Count());
        Assert.Contains(paged, r => r.Item2 is null);
        Assert.Equal(Enumerable.Range(1, paged.Count(r => r.Item2 is not null)), paged.TakeWhile(r => r.Item2 is not null).Select(r => r.Item2!.Value));

        var cursor = (await manager.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/calls/{call}/ranking?limit=6"))!["nextCursor"]!.GetValue<string>();
        await ApiClient.AssertProblem(await manager.GetAsync($"/api/calls/{other}/ranking?cursor={Uri.EscapeDataString(cursor)}"), System.Net.HttpStatusCode.BadRequest, "invalid_cursor");
    }

    [Theory]
    [InlineData("reference")]
    [InlineData("-reference")]
    [InlineData("-rank")]
    [InlineData("rank")]
    public async Task The_ranking_sorted_by_another_order_pages_through_every_dossier_once_keeping_each_ones_rank(string sort)
    {
        var manager = await new ApiClient(factory).Manager();
        var call = (await CallBuilder.CreatePublished(manager, new DateTime(2026, 5, 1, 9, 0, 0), new DateTime(2026, 10, 19, 18, 0, 0)))["id"]!.GetValue<Guid>();
        var random = new Random(7);
        decimal? Figure() => random.Next(5) == 0 ? null : random.Next(0, 7) / 2m;
        await Insert(call, Enumerable.Range(0, 25).Select(i => (Guid.NewGuid(), $"FP-2026-{random.Next(10_000):D4}-{i}", Figure(), Figure(), Figure(), random.Next(1, 3))).ToList());
        var ranked = (await manager.GetAllItemsAsync($"/api/calls/{call}/ranking", limit: 500))
            .Select(r => (Id: r["proposalId"]!.GetValue<Guid>(), Reference: r["reference"]!.GetValue<string>(), Rank: r["rank"]?.GetValue<int>())).ToList();

        var sorted = (await manager.GetAllItemsAsync($"/api/calls/{call}/ranking?sort={Uri.EscapeDataString(sort)}", limit: 4))
            .Select(r => (Id: r["proposalId"]!.GetValue<Guid>(), Reference: r["reference"]!.GetValue<string>(), Rank: r["rank"]?.GetValue<int>())).ToList();

        Assert.Equal(25, sorted.Select(r => r.Id).Distinct().Count());
        Assert.Equal(ranked.OrderBy(r => r.Id), sorted.OrderBy(r => r.Id));
        var expected = sort switch
        {
            "reference" => ranked.OrderBy(r => r.Reference, StringComparer.Ordinal).ToList(),
            "-reference" => ranked.OrderByDescending(r => r.Reference, StringComparer.Ordinal).ToList(),
            "-rank" => Enumerable.Reverse(ranked).ToList(),
            _ => ranked,
        };
        Assert.Equal(expected, sorted);
        await ApiClient.AssertProblem(await manager.GetAsync($"/api/calls/{call}/ranking?sort=score"), System.Net.HttpStatusCode.BadRequest, "invalid_sort");
        var cursor = (await manager.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/calls/{call}/ranking?sort=reference&limit=4"))!["nextCursor"]!.GetValue<string>();
        await ApiClient.AssertProblem(await manager.GetAsync($"/api/calls/{call}/ranking?sort=-reference&cursor={Uri.EscapeDataString(cursor)}"),
            System.Net.HttpStatusCode.BadRequest, "invalid_cursor");
    }

    private async Task Insert(Guid callId, IEnumerable<(Guid Id, string Reference, decimal? Weighted, decimal? Innovation, decimal? Market, int Reviews)> rows)
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
                VALUES (@id, @call, @reviews, @weighted, false, false, @innovation, @market, now(), 1);
                """, connection);
            command.Parameters.AddWithValue("id", row.Id);
            command.Parameters.AddWithValue("reference", row.Reference);
            command.Parameters.AddWithValue("call", callId);
            command.Parameters.AddWithValue("reviews", row.Reviews);
            command.Parameters.AddWithValue("weighted", (object?)row.Weighted ?? DBNull.Value);
            command.Parameters.AddWithValue("innovation", (object?)row.Innovation ?? DBNull.Value);
            command.Parameters.AddWithValue("market", (object?)row.Market ?? DBNull.Value);
            await command.ExecuteNonQueryAsync();
        }
    }
}
