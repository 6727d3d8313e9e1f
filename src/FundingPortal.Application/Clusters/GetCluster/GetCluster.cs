using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Clusters.GetCluster;

public sealed class GetCluster(IAppDbContext db)
{
    public async Task<Result<ClusterResponse>> Handle(Guid id, CancellationToken ct)
    {
        var cluster = await db.Clusters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return cluster is null ? Error.NotFound("Cluster") : ClusterResponse.From(cluster);
    }
}
