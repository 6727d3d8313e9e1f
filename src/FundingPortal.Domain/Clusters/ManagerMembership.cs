namespace FundingPortal.Domain.Clusters;

/// <summary>The one cluster a manager belongs to. A manager without one belongs to the first cluster (<see cref="Cluster.FirstId"/>).</summary>
public sealed class ManagerMembership
{
    private ManagerMembership()
    {
    }

    public Guid UserId { get; private init; }
    public Guid ClusterId { get; private set; }

    public static ManagerMembership Of(Guid userId, Guid clusterId) => new() { UserId = userId, ClusterId = clusterId };

    public void MoveTo(Guid clusterId) => ClusterId = clusterId;
}
