using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Clusters;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Clusters;

/// <summary>The clusters named on a label certificate: the call's own, then each partner cluster that co-labelled the project.</summary>
public sealed class LabellingClusters(IAppDbContext db)
{
    public async Task<IReadOnlyList<string>> Of(Guid proposalId, CancellationToken ct)
    {
        var own = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId)
            .Join(db.Calls, p => p.CallId, c => c.Id, (_, c) => c.ClusterId)
            .Join(db.Clusters, id => id, c => c.Id, (_, c) => c.Name)
            .FirstAsync(ct);
        var partners = await db.CoLabellingRequests.AsNoTracking().Where(r => r.ProposalId == proposalId && r.Outcome == CoLabellingOutcome.Labelled)
            .OrderBy(r => r.DecidedAt)
            .Join(db.Clusters, r => r.ClusterId, c => c.Id, (_, c) => c.Name)
            .ToListAsync(ct);
        return [own, .. partners];
    }
}
