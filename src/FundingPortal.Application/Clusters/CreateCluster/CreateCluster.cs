using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Clusters;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Clusters.CreateCluster;

public sealed record CreateClusterRequest(string? Name, string? ShortName, IReadOnlyList<string>? Regions);

/// <summary>The platform's administrators (managers of the first cluster) add a cluster to the alliance.</summary>
public sealed class CreateCluster(IAppDbContext db, ManagerScope scope, TimeProvider clock)
{
    public async Task<Result<ClusterResponse>> Handle(CreateClusterRequest request, CancellationToken ct)
    {
        if (!await scope.IsPlatformAdminAsync(ct))
        {
            return Error.Forbidden("Only the managers of the portal's first cluster create clusters.");
        }

        var created = Cluster.Create(request.Name, request.ShortName, request.Regions, clock.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var cluster = created.Value;
        if (await db.Clusters.AnyAsync(c => c.ShortName == cluster.ShortName, ct))
        {
            return DuplicateShortName(cluster.ShortName);
        }

        db.Clusters.Add(cluster);
        var saved = await db.TrySaveChangesAsync(ct);
        return saved.IsSuccess ? ClusterResponse.From(cluster) : DuplicateShortName(cluster.ShortName);
    }

    private static Error DuplicateShortName(string shortName) =>
        Error.Conflict("cluster_exists", $"A cluster with the short name {shortName} already exists.");
}
