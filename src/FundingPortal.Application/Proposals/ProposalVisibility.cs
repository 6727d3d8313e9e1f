using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals;

/// <summary>Loads a dossier for a caller who may see it; anyone else gets the same 404 as for a dossier that does not exist.</summary>
public sealed class ProposalVisibility(IAppDbContext db, ProposalContextLoader loader, ProposalAccess access)
{
    public async Task<Result<(ProposalContext Context, ProposalRelation Relation)>> LoadVisible(Guid id, CancellationToken ct)
    {
        var proposal = await loader.LoadProposal(id, track: false, ct);
        if (proposal is null)
        {
            return ProposalAccess.Hidden();
        }

        var relation = await access.RelationTo(proposal, ct);
        if (relation == ProposalRelation.None)
        {
            return ProposalAccess.Hidden();
        }

        return (await loader.Complete(proposal, ct), relation);
    }

    public async Task<Result> EnsureInsider(Guid id, CancellationToken ct)
    {
        var proposal = await db.Proposals.AsNoTracking().Include(p => p.Partners).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return ProposalAccess.Hidden();
        }

        var relation = await access.RelationTo(proposal, ct);
        return relation == ProposalRelation.Manager || ProposalAccess.IsConsortium(relation) ? Result.Success() : ProposalAccess.Hidden();
    }
}
