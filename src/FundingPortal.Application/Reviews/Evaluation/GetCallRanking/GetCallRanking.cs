using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Evaluation.GetCallRanking;

public sealed record RankingEntryDto(
    int Rank,
    Guid ProposalId,
    string Reference,
    string Acronym,
    decimal? WeightedScore,
    bool MeetsThreshold,
    bool Disagreement,
    ProposalStatus Status,
    decimal? InnovationMean,
    decimal? MarketMean,
    int ReviewCount);

/// <summary>
/// The ranking of a call's dossiers in review or decided, read from the per-dossier figures kept on review
/// submission (one indexed scan, no re-aggregation of the scores).
/// </summary>
public sealed class GetCallRanking(IAppDbContext db, IRankingSource ranking)
{
    public async Task<Result<IReadOnlyList<RankingEntryDto>>> Handle(Guid callId, CancellationToken ct)
    {
        if (!await db.Calls.AnyAsync(c => c.Id == callId, ct))
        {
            return Error.NotFound("Call");
        }

        return Result<IReadOnlyList<RankingEntryDto>>.Success(await ranking.Read(callId, ct));
    }
}
