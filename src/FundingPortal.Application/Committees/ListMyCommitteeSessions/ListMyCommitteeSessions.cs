using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Common.Paging;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Committees.ListMyCommitteeSessions;

/// <summary>
/// The sessions the caller sits on, first to start first, each counting only the dossiers they are not recused from.
/// A person sits on a handful: they come in one page.
/// </summary>
public sealed class ListMyCommitteeSessions(IAppDbContext db, ICurrentUser user)
{
    public async Task<Page<CommitteeSessionSummary>> Handle(CancellationToken ct)
    {
        var me = user.UserId;
        var found = await db.CommitteeSessions.AsNoTracking().Include(s => s.Agenda).Include(s => s.Recusals)
            .Where(s => s.Members.Any(m => m.UserId == me)).ToListAsync(ct);
        var callIds = found.Select(s => s.CallId).Distinct().ToList();
        var titles = await db.Calls.AsNoTracking().Where(c => callIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
        var items = found.OrderBy(s => s.StartsAt.Utc).ThenBy(s => s.CreatedAt)
            .Select(s =>
            {
                var seen = s.Agenda.Where(a => !s.IsRecused(me, a.ProposalId)).ToList();
                return new CommitteeSessionSummary(s.Id, s.CallId, InstantDto.From(s.StartsAt), s.Location, s.Status, seen.Count, seen.Count(a => a.IsVoted),
                    s.ClosedAt, titles[s.CallId]);
            })
            .ToList();
        return new Page<CommitteeSessionSummary>(items, null);
    }
}
