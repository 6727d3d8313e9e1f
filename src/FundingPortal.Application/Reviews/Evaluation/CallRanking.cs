using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Evaluation;

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
/// submission (one indexed scan, no re-aggregation) and ordered by <see cref="RankingOrder"/>.
/// </summary>
public sealed class CallRanking(IAppDbContext db)
{
    public async Task<Result<IReadOnlyList<RankingEntryDto>>> Handle(Guid callId, CancellationToken ct)
    {
        if (!await db.Calls.AnyAsync(c => c.Id == callId, ct))
        {
            return Error.NotFound("Call");
        }

        var rows = await db.ProposalEvaluations.AsNoTracking().Where(e => e.CallId == callId)
            .Join(db.Proposals, e => e.ProposalId, p => p.Id, (e, p) => new
            {
                p.Id, p.Reference, p.Acronym, p.Status, e.WeightedScore, e.MeetsThreshold, e.Disagreement, e.InnovationMean, e.MarketMean, e.ReviewCount,
            })
            .Where(r => r.Status != ProposalStatus.Withdrawn)
            .ToListAsync(ct);

        return rows
            .Select(r => (Key: new RankingKey(r.WeightedScore, r.InnovationMean, r.MarketMean, r.Reference), Row: r))
            .OrderBy(x => x.Key, RankingOrder.Instance)
            .Select((x, i) => new RankingEntryDto(i + 1, x.Row.Id, x.Row.Reference, x.Row.Acronym, x.Row.WeightedScore, x.Row.MeetsThreshold,
                x.Row.Disagreement, x.Row.Status, x.Row.InnovationMean, x.Row.MarketMean, x.Row.ReviewCount))
            .ToList();
    }
}
