using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calls.ListCalls;

/// <summary>The calls the caller may see, newest first, a page at a time: managers see drafts too, others the published ones.</summary>
public sealed class ListCalls(IAppDbContext db, ICurrentUser user, TimeProvider clock, CreatedAtKeyset keyset)
{
    public async Task<Result<Page<CallSummary>>> Handle(PageRequest page, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var query = db.Calls.AsNoTracking();
        if (!user.IsInRole(Roles.ClusterManager))
        {
            query = query.Where(c => c.PublishedAt != null);
        }

        var read = await keyset.Read("calls", query, c => c.CreatedAt, c => c.Id, c => c, page, ct);
        return read.Map(calls => new Page<CallSummary>(calls.Items.Select(c => new CallSummary(c.Id, c.Title, c.Programme, c.StatusAt(now),
            InstantDto.From(c.Timeline.OpensAt), InstantDto.From(c.Timeline.SubmissionDeadline))).ToList(), calls.NextCursor));
    }
}
