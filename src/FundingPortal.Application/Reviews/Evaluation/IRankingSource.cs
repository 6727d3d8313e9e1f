using FundingPortal.Application.Reviews.Evaluation.GetCallRanking;

namespace FundingPortal.Application.Reviews.Evaluation;

/// <summary>
/// Reads a call's ranking, ordered as <see cref="Domain.Reviews.Evaluation.RankingOrder"/> says, from the per-dossier
/// figures. A read model of its own because it is the one screen that returns ten thousand rows at once.
/// </summary>
public interface IRankingSource
{
    Task<IReadOnlyList<RankingEntryDto>> Read(Guid callId, CancellationToken ct);
}
