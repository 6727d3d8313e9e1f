using FundingPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Clusters.ListClusters;

/// <summary>The clusters of the alliance, the first one first: public facts every signed-in user may read (a consortium picks co-labelling clusters among them).</summary>
public sealed class ListClusters(IAppDbContext db)
{
    public async Task<IReadOnlyList<ClusterResponse>> Handle(CancellationToken ct)
    {
        var clusters = await db.Clusters.AsNoTracking().OrderBy(c => c.CreatedAt).ThenBy(c => c.ShortName).ToListAsync(ct);
        return clusters.Select(ClusterResponse.From).OrderByDescending(c => c.IsFirst).ToList();
    }
}
