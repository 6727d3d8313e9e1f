using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calls.ListCalls;

public sealed class ListCalls(IAppDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<CallSummary>> Handle(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var query = db.Calls.AsNoTracking();
        if (!user.IsInRole(Roles.ClusterManager))
        {
            query = query.Where(c => c.PublishedAt != null);
        }

        var calls = await query.OrderByDescending(c => c.CreatedAt).Take(500).ToListAsync(ct);
        return calls.Select(c => new CallSummary(c.Id, c.Title, c.Programme, c.StatusAt(now),
            InstantDto.From(c.Timeline.OpensAt), InstantDto.From(c.Timeline.SubmissionDeadline))).ToList();
    }
}
