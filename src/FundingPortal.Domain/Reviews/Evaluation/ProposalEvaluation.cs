namespace FundingPortal.Domain.Reviews.Evaluation;

/// <summary>
/// The aggregate figures of one dossier, kept up to date whenever its set of submitted reviews changes, so that
/// a call's ranking reads one row per dossier instead of re-aggregating every score. Every change to the dossier's
/// assignments updates this row, so its version is also the optimistic lock of the dossier's review.
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
        ReviewCount = result.ReviewCount;
        WeightedScore = result.WeightedScore;
        MeetsThreshold = result.MeetsThreshold;
        Disagreement = result.Disagreement;
        InnovationMean = result.MeanOf(RankingOrder.InnovationKey);
        MarketMean = result.MeanOf(RankingOrder.MarketKey);
        UpdatedAt = now;
        ConcurrencyVersion++;
    }
}
