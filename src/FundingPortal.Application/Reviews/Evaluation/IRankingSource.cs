using FundingPortal.Application.Reviews.Evaluation.GetCallRanking;

namespace FundingPortal.Application.Reviews.Evaluation;

/// <summary>
/// Reads a call's ranking, ordered as <see cref="Domain.Reviews.Evaluation.RankingOrder"/> says, from the per-dossier
/// figures. A read model of its own because it is the one screen that returns ten thousand rows at once.
/// </summary>
public interface IRankingSource
{
    /// <summary>
    /// At most <paramref name="count"/> entries ranked after <paramref name="after"/> (from the top when null); a dossier's
    /// evaluation is complete when it has the reviews <see cref="Domain.Reviews.Evaluation.ReviewCompleteness"/> expects.
    /// </summary>
    Task<IReadOnlyList<RankingEntryDto>> Read(Guid callId, int expertsPerProposal, RankingPosition? after, int count, CancellationToken ct);
}

/// <summary>Where a page of the ranking stopped: the ranking key of its last entry, and how many dossiers were ranked up to it.</summary>
public sealed record RankingPosition(bool EvaluationComplete, decimal? WeightedScore, decimal? InnovationMean, decimal? MarketMean, string Reference, int RanksSoFar);
