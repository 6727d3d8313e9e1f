using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Application.Proposals.GetProposalHistory;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Audit.GetCallHistory;

/// <summary>
/// A call's audit stream, for managers only: it records how experts were assigned across the call, which the consortia and
/// the experts must not read (reviews are blind). Anyone else is told the call does not exist.
/// </summary>
public sealed class GetCallHistory(IAppDbContext db, ICurrentUser user, StreamHistory history)
{
    public async Task<Result<IReadOnlyList<HistoryEntry>>> Handle(Guid callId, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.ClusterManager) || !await db.Calls.AsNoTracking().AnyAsync(c => c.Id == callId, ct))
        {
            return Error.NotFound("Call");
        }

        return Result<IReadOnlyList<HistoryEntry>>.Success(await history.Of(AuditStreams.Call, callId, ct));
    }
}
