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
