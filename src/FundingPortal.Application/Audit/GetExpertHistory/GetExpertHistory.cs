using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Application.Proposals.GetProposalHistory;
using FundingPortal.Application.Reviews;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Audit.GetExpertHistory;

/// <summary>An expert's audit stream (profile, declared conflicts), for managers and for that expert; anyone else gets 404.</summary>
public sealed class GetExpertHistory(IAppDbContext db, ICurrentUser user, StreamHistory history)
{
    public async Task<Result<IReadOnlyList<HistoryEntry>>> Handle(Guid expertId, CancellationToken ct)
    {
        if ((!user.IsInRole(Roles.ClusterManager) && user.ExpertId != expertId) || !await db.Experts.AsNoTracking().AnyAsync(e => e.Id == expertId, ct))
        {
            return Error.NotFound("Expert");
        }

        return Result<IReadOnlyList<HistoryEntry>>.Success(await history.Of(ReviewAuditStreams.Expert, expertId, ct));
    }
}
