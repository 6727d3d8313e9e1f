using FundingPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Clusters.HasCoLabellingRequests;

/// <summary>Whether the caller's cluster has been asked to co-label a submitted dossier (the navigation shows the requests only then).</summary>
public sealed class HasCoLabellingRequests(IAppDbContext db, ManagerScope scope)
{
    public async Task<bool> Handle(CancellationToken ct) =>
        scope.IsManager && await scope.ClusterAsync(ct) is { } cluster
        && await db.CoLabellingRequests.AnyAsync(r => r.ClusterId == cluster && scope.CoLabellingProposalIds().Contains(r.ProposalId), ct);
}
