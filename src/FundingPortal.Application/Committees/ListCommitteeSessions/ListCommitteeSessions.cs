using FundingPortal.Application.Clusters;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Committees.ListCommitteeSessions;

/// <summary>A call's committee sessions, first to start first. A call holds a handful: they come in one page.</summary>
public sealed class ListCommitteeSessions(ManagerScope scope, IAppDbContext db, CommitteeSessions sessions)
{
    public async Task<Result<Page<CommitteeSessionSummary>>> Handle(Guid callId, CancellationToken ct)
    {
        if (!sessions.CallerIsManager || !await scope.ManagesCallAsync(callId, ct))
        {
            return Error.NotFound("Call");
        }

        var found = await db.CommitteeSessions.AsNoTracking().Include(s => s.Agenda).Where(s => s.CallId == callId).ToListAsync(ct);
        var items = found.OrderBy(s => s.StartsAt.Utc).ThenBy(s => s.CreatedAt)
            .Select(s => new CommitteeSessionSummary(s.Id, s.CallId, InstantDto.From(s.StartsAt), s.Location, s.Status, s.Agenda.Count,
                s.Agenda.Count(a => a.IsVoted), s.ClosedAt))
            .ToList();
        return new Page<CommitteeSessionSummary>(items, null);
    }
}
