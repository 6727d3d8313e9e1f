using FundingPortal.Domain.Clusters;

namespace FundingPortal.Application.Clusters;

public sealed record ClusterResponse(Guid Id, string Name, string ShortName, IReadOnlyList<string> Regions, bool IsFirst)
{
    public static ClusterResponse From(Cluster c) => new(c.Id, c.Name, c.ShortName, c.Regions, c.Id == Cluster.FirstId);
}
