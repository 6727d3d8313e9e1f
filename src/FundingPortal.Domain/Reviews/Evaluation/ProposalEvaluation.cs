namespace FundingPortal.Domain.Reviews.Evaluation;

/// <summary>
/// The aggregate figures of one dossier, kept up to date whenever its set of submitted reviews changes, so that
/// a call's ranking reads one row per dossier instead of re-aggregating every score.
/// </summary>
public sealed class ProposalEvaluation
{
    private ProposalEvaluation()
    {
    }

    public Guid ProposalId { get; private set; }
    public Guid CallId { get; private set; }
    public int ReviewCount { get; private set; }
    public decimal? WeightedScore { get; private set; }
    public bool MeetsThreshold { get; private set; }
    public bool Disagreement { get; private set; }
    public decimal? InnovationMean { get; private set; }
    public decimal? MarketMean { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int ConcurrencyVersion { get; private set; }

    public static ProposalEvaluation Start(Guid proposalId, Guid callId, DateTimeOffset now) =>
        new() { ProposalId = proposalId, CallId = callId, UpdatedAt = now, ConcurrencyVersion = 1 };

    public void Update(EvaluationResult result, DateTimeOffset now)
    {
        var innovation = result.MeanOf(RankingOrder.InnovationKey);
        var market = result.MeanOf(RankingOrder.MarketKey);
        if (ReviewCount == result.ReviewCount && WeightedScore == result.WeightedScore && MeetsThreshold == result.MeetsThreshold
            && Disagreement == result.Disagreement && InnovationMean == innovation && MarketMean == market)
        {
            return;
        }

        ReviewCount = result.ReviewCount;
        WeightedScore = result.WeightedScore;
        MeetsThreshold = result.MeetsThreshold;
        Disagreement = result.Disagreement;
        InnovationMean = innovation;
        MarketMean = market;
        UpdatedAt = now;
        ConcurrencyVersion++;
    }
}
