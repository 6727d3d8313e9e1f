namespace FundingPortal.Domain.Reviews.Evaluation;

public sealed record RankingKey(decimal? WeightedScore, decimal? InnovationMean, decimal? MarketMean, string Reference, bool EvaluationComplete = true);

/// <summary>
/// The call ranking: dossiers whose evaluation is complete first (the others are ranked apart, after them), then by
/// weighted mean descending, ties broken by the innovation mean, then the market mean (both descending), then the
/// reference (ordinal), so that the same scores always give the same order. Dossiers without a figure come after
/// those with one.
/// </summary>
public sealed class RankingOrder : IComparer<RankingKey>
{
    public const string InnovationKey = "innovation";
    public const string MarketKey = "market";

    public static RankingOrder Instance { get; } = new();

    public int Compare(RankingKey? x, RankingKey? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        if (x.EvaluationComplete != y.EvaluationComplete)
        {
            return x.EvaluationComplete ? -1 : 1;
        }

        var byScore = Descending(x.WeightedScore, y.WeightedScore);
        if (byScore != 0)
        {
            return byScore;
        }

        var byInnovation = Descending(x.InnovationMean, y.InnovationMean);
        if (byInnovation != 0)
        {
            return byInnovation;
        }

        var byMarket = Descending(x.MarketMean, y.MarketMean);
        return byMarket != 0 ? byMarket : string.CompareOrdinal(x.Reference, y.Reference);
    }

    private static int Descending(decimal? x, decimal? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => y.Value.CompareTo(x.Value),
    };
}
