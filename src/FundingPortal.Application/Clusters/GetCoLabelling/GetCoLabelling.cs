using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Clusters.GetCoLabelling;

/// <summary>The co-labelling asked for a dossier and the decisions taken, for whoever sees the dossier.</summary>
public sealed class GetCoLabelling(IAppDbContext db, ProposalVisibility visibility)
{
    public async Task<Result<CoLabellingResponse>> Handle(Guid proposalId, CancellationToken ct)
    {
        var visible = await visibility.FindVisible(proposalId, track: false, ct);
        return visible.IsSuccess ? await Read(db, proposalId, ct) : visible.Error!;
    }

    public static async Task<CoLabellingResponse> Read(IAppDbContext db, Guid proposalId, CancellationToken ct)
    {
        var entries = await db.CoLabellingRequests.AsNoTracking().Where(r => r.ProposalId == proposalId)
            .Join(db.Clusters, r => r.ClusterId, c => c.Id, (r, c) => new CoLabellingEntry(c.Id, c.Name, c.ShortName, r.RequestedAt, r.Outcome, r.Motivation, r.DecidedAt))
            .ToListAsync(ct);
        return new CoLabellingResponse(proposalId, entries.OrderBy(e => e.ShortName, StringComparer.Ordinal).ToList());
    }
}
