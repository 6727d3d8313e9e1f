using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Clusters;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Clusters.ListCoLabellingRequests;

public sealed record CoLabellingRequestRow(Guid ProposalId, string Reference, string Acronym, string CallTitle, string CallClusterShortName,
    DateTimeOffset? SubmittedAt, CoLabellingOutcome? Outcome, DateTimeOffset? DecidedAt);

/// <summary>
/// For a manager: the submitted dossiers that asked their cluster to co-label them, those still to decide first, each with
/// the call's own cluster and this cluster's decision once taken. Drafts never show (<see cref="ManagerScope.CoLabellingProposalIds"/>).
/// </summary>
public sealed class ListCoLabellingRequests(IAppDbContext db, ManagerScope scope)
{
    public async Task<IReadOnlyList<CoLabellingRequestRow>> Handle(CancellationToken ct)
    {
        if (await scope.ClusterAsync(ct) is not { } cluster)
        {
            return [];
        }

        var visible = scope.CoLabellingProposalIds();
        var rows = await db.CoLabellingRequests.AsNoTracking()
            .Where(r => r.ClusterId == cluster && visible.Contains(r.ProposalId))
            .Join(db.Proposals, r => r.ProposalId, p => p.Id, (r, p) => new { r, p })
            .Join(db.Calls, x => x.p.CallId, c => c.Id, (x, c) => new { x.r, x.p, c })
            .Join(db.Clusters, x => x.c.ClusterId, k => k.Id, (x, k) => new CoLabellingRequestRow(x.p.Id, x.p.Reference, x.p.Acronym, x.c.Title, k.ShortName,
                x.p.LastSubmittedAt, x.r.Outcome, x.r.DecidedAt))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Outcome is not null).ThenBy(r => r.SubmittedAt).ThenBy(r => r.Reference, StringComparer.Ordinal).ToList();
    }
}
