using FundingPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Experts.ListExperts;

public sealed class ListExperts(IAppDbContext db)
{
    public async Task<IReadOnlyList<ExpertDto>> Handle(Guid? callId, CancellationToken ct)
    {
        var query = db.Experts.AsNoTracking().Include(e => e.DeclaredConflicts).AsQueryable();
        if (callId is { } c)
        {
            query = query.Where(e => e.CallIds.Contains(c));
        }

        var experts = await query.OrderBy(e => e.DisplayName).Take(2000).ToListAsync(ct);
        return experts.Select(ExpertDto.From).ToList();
    }
}
