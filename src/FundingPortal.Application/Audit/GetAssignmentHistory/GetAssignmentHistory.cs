using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Application.Proposals.GetProposalHistory;
using FundingPortal.Application.Reviews;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Audit.GetAssignmentHistory;

/// <summary>An assignment's audit stream, for managers and for the expert assigned; anyone else is told it does not exist.</summary>
public sealed class GetAssignmentHistory(IAppDbContext db, ICurrentUser user, StreamHistory history)
{
    public async Task<Result<IReadOnlyList<HistoryEntry>>> Handle(Guid assignmentId, CancellationToken ct)
    {
        var expertId = await db.ReviewAssignments.AsNoTracking().Where(a => a.Id == assignmentId).Select(a => (Guid?)a.ExpertId).FirstOrDefaultAsync(ct);
        if (expertId is null || (!user.IsInRole(Roles.ClusterManager) && user.ExpertId != expertId))
        {
            return Error.NotFound("Assignment");
        }

        return Result<IReadOnlyList<HistoryEntry>>.Success(await history.Of(ReviewAuditStreams.Assignment, assignmentId, ct));
    }
}
