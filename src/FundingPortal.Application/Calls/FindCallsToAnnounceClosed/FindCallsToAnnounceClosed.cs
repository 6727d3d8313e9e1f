using FundingPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calls.FindCallsToAnnounceClosed;

/// <summary>Published calls whose submission deadline has passed and whose closing was not announced yet.</summary>
public sealed class FindCallsToAnnounceClosed(IAppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Guid>> Handle(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.Calls.AsNoTracking()
            .Where(c => c.PublishedAt != null && c.ClosedAnnouncedAt == null && c.Timeline.SubmissionDeadline.Utc <= now)
            .OrderBy(c => c.Timeline.SubmissionDeadline.Utc)
            .Select(c => c.Id)
            .ToListAsync(ct);
    }
}
