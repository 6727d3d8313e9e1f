using FundingPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Funders.ListFunders;

public sealed class ListFunders(IAppDbContext db)
{
    public async Task<IReadOnlyList<FunderResponse>> Handle(CancellationToken ct) =>
        await db.Funders.AsNoTracking().OrderBy(f => f.Kind).ThenBy(f => f.Name)
            .Select(f => new FunderResponse(f.Id, f.Name, f.Kind, f.Region)).ToListAsync(ct);
}
