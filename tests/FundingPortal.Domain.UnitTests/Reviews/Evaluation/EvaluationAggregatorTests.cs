using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Reviews.Evaluation;

namespace FundingPortal.Domain.UnitTests.Reviews.Evaluation;

public sealed class EvaluationAggregatorTests
{
    private static readonly EvaluationGrid TwoCriteria = new(5m, 3.0m,
    [
        new EvaluationCriterion("innovation", "Innovation", 25, 2),
        new EvaluationCriterion("market", "Marché", 75, 2),
    ]);

    private static Dictionary<string, decimal> Scores(decimal innovation, decimal market) => new() { ["innovation"] = innovation, ["market"] = market };

    [Fact]
    public void Per_criterion_mean_min_and_max_and_the_exact_weighted_mean()
    {
        var result = EvaluationAggregator.Aggregate(TwoCriteria, [Scores(4, 3), Scores(3, 3.5m)]);

        var innovation = result.Criteria.Single(c => c.Key == "innovation");
        Assert.Equal((3.5m, 3m, 4m), (innovation.Mean!.Value, innovation.Min!.Value, innovation.Max!.Value));
        var market = result.Criteria.Single(c => c.Key == "market");
        Assert.Equal((3.25m, 3m, 3.5m), (market.Mean!.Value, market.Min!.Value, market.Max!.Value));
        // (25 × 3.5 + 75 × 3.25) / 100 = 3.3125 → 3.31
        Assert.Equal(3.31m, result.WeightedScore);
        Assert.True(result.MeetsThreshold);
        Assert.False(result.Disagreement);
        Assert.Equal(2, result.ReviewCount);
    }

    [Fact]
    public void Scores_two_points_apart_on_a_criterion_are_a_disagreement_and_one_and_a_half_are_not()
    {
        Assert.True(EvaluationAggregator.Aggregate(TwoCriteria, [Scores(4, 3), Scores(2, 3)]).Disagreement);
        Assert.False(EvaluationAggregator.Aggregate(TwoCriteria, [Scores(4, 3), Scores(2.5m, 3)]).Disagreement);
        Assert.True(EvaluationAggregator.Aggregate(TwoCriteria, [Scores(3, 5), Scores(3, 4), Scores(3, 1)]).Disagreement);
    }

    [Fact]
    public void A_weighted_mean_on_the_threshold_meets_it_and_one_hundredth_below_does_not()
    {
        Assert.True(EvaluationAggregator.Aggregate(TwoCriteria, [Scores(3, 3)]).MeetsThreshold);
        // (25 × 2.5 + 75 × 3) / 100 = 2.875 → 2.88 < 3
        var below = EvaluationAggregator.Aggregate(TwoCriteria, [Scores(2.5m, 3)]);
        Assert.Equal(2.88m, below.WeightedScore);
        Assert.False(below.MeetsThreshold);
    }

    [Fact]
    public void A_criterion_mean_below_its_minimum_fails_the_threshold_whatever_the_weighted_mean()
    {
        var result = EvaluationAggregator.Aggregate(TwoCriteria, [Scores(1.5m, 5), Scores(2, 5)]);

        Assert.Equal(4.19m, result.WeightedScore); // (25 × 1.75 + 75 × 5) / 100 = 4.1875
        Assert.False(result.Criteria.Single(c => c.Key == "innovation").MeetsMinimum);
        Assert.False(result.MeetsThreshold);
    }

    [Fact]
    public void Means_are_rounded_half_away_from_zero_to_two_decimals_from_one_exact_division()
    {
        var grid = new EvaluationGrid(5m, 3m, [new EvaluationCriterion("innovation", "Innovation", 1, 0), new EvaluationCriterion("market", "Marché", 1, 0)]);

        // Innovation 11/3 = 3.666… → 3.67; weighted (11 + 8.5) / 6 = 3.25 exactly.
        var result = EvaluationAggregator.Aggregate(grid, [Scores(4, 3), Scores(4, 3), Scores(3, 2.5m)]);
        Assert.Equal(3.67m, result.MeanOf("innovation"));
        Assert.Equal(2.83m, result.MeanOf("market"));
        Assert.Equal(3.25m, result.WeightedScore);

        // Weighted (6.5 + 6) / 4 = 3.125: a true midpoint rounds away from zero to 3.13 (banker's rounding would give 3.12).
        var midpoint = EvaluationAggregator.Aggregate(grid, [Scores(3, 3), Scores(3.5m, 3)]);
        Assert.Equal(3.13m, midpoint.WeightedScore);
    }

    [Fact]
    public void The_default_grid_weighs_six_criteria()
    {
        var scores = new Dictionary<string, decimal>
        {
            ["innovation"] = 4, ["market"] = 3.5m, ["consortium"] = 3, ["feasibility"] = 4.5m, ["roadmap"] = 2, ["territory"] = 5,
        };

        // (25×4 + 25×3.5 + 20×3 + 15×4.5 + 10×2 + 5×5) / 100 = 3.6
        Assert.Equal(3.6m, EvaluationAggregator.Aggregate(EvaluationGrid.Default, [scores]).WeightedScore);
    }

    [Fact]
    public void Without_reviews_there_is_no_figure_and_no_label()
    {
        var result = EvaluationAggregator.Aggregate(TwoCriteria, []);

        Assert.Null(result.WeightedScore);
        Assert.All(result.Criteria, c => Assert.Null(c.Mean));
        Assert.False(result.MeetsThreshold);
        Assert.False(result.Disagreement);
    }
}
