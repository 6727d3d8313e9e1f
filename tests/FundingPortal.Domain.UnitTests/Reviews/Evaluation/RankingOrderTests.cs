using FundingPortal.Domain.Reviews.Evaluation;

namespace FundingPortal.Domain.UnitTests.Reviews.Evaluation;

public sealed class RankingOrderTests
{
    [Fact]
    public void Weighted_mean_first_then_innovation_then_market_then_reference()
    {
        var keys = new[]
        {
            new RankingKey(3.5m, 3m, 4m, "FP-2026-0005"),
            new RankingKey(3.5m, 4m, 2m, "FP-2026-0004"),
            new RankingKey(3.5m, 3m, 4.5m, "FP-2026-0003"),
            new RankingKey(4.0m, 1m, 1m, "FP-2026-0002"),
            new RankingKey(3.5m, 3m, 4m, "FP-2026-0001"),
            new RankingKey(null, null, null, "FP-2026-0000"),
        };

        var ranked = keys.Order(RankingOrder.Instance).Select(k => k.Reference).ToList();

        Assert.Equal(["FP-2026-0002", "FP-2026-0004", "FP-2026-0003", "FP-2026-0001", "FP-2026-0005", "FP-2026-0000"], ranked);
    }

    [Fact]
    public void A_dossier_with_an_incomplete_evaluation_comes_after_every_complete_one_whatever_its_score()
    {
        var keys = new[]
        {
            new RankingKey(4.5m, 5m, 5m, "FP-2026-0001", EvaluationComplete: false),
            new RankingKey(2.0m, 2m, 2m, "FP-2026-0002"),
            new RankingKey(null, null, null, "FP-2026-0003"),
            new RankingKey(3.0m, 3m, 3m, "FP-2026-0004", EvaluationComplete: false),
            new RankingKey(3.5m, 3m, 3m, "FP-2026-0005"),
        };

        var ranked = keys.Order(RankingOrder.Instance).Select(k => k.Reference).ToList();

        Assert.Equal(["FP-2026-0005", "FP-2026-0002", "FP-2026-0003", "FP-2026-0001", "FP-2026-0004"], ranked);
    }

    [Theory]
    [InlineData(1, 0, 2, 2, false)]
    [InlineData(2, 2, 2, 2, true)]
    [InlineData(2, 3, 2, 3, false)]
    [InlineData(3, 3, 2, 3, true)]
    [InlineData(0, 0, 1, 1, false)]
    public void The_expected_reviews_are_the_call_s_experts_per_dossier_or_every_active_assignment_when_there_are_more(
        int submitted, int activeAssignments, int expertsPerProposal, int expected, bool complete)
    {
        var completeness = ReviewCompleteness.Of(submitted, activeAssignments, expertsPerProposal);

        Assert.Equal((submitted, expected, complete), (completeness.ReviewsIn, completeness.ReviewsExpected, completeness.IsComplete));
    }

    [Fact]
    public void The_order_does_not_depend_on_the_input_order()
    {
        var random = new Random(3);
        var keys = Enumerable.Range(0, 200)
            .Select(i => new RankingKey(random.Next(4) == 0 ? null : random.Next(0, 11) / 2m, random.Next(0, 11) / 2m, random.Next(0, 11) / 2m, $"FP-2026-{i:D4}"))
            .ToList();

        var once = keys.Order(RankingOrder.Instance).ToList();
        var shuffled = keys.OrderBy(_ => random.Next()).Order(RankingOrder.Instance).ToList();

        Assert.Equal(once, shuffled);
    }
}
