using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;

namespace FundingPortal.Benchmarks.Database;

/// <summary>The caller of the measured use cases: a cluster manager, who may read every evaluation.</summary>
internal sealed class BenchManager : ICurrentUser, ICurrentUserAccessor
{
    public Guid UserId { get; } = Guid.NewGuid();
    public string Email => "bench@cluster.test";
    public IReadOnlyCollection<string> Roles { get; } = [FundingPortal.Application.Common.Roles.ClusterManager];
    public Guid? OrganisationId => null;
    public Guid? FunderId => null;
    public Guid? ExpertId => null;
    public Guid? UserIdOrNull => UserId;

    public bool IsInRole(string role) => Roles.Contains(role);
}
