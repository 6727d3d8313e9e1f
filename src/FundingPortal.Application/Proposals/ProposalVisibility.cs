using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals;

/// <summary>Loads a dossier for a caller who may see it; anyone else gets the same 404 as for a dossier that does not exist.</summary>
public sealed class ProposalVisibility(IAppDbContext db, ProposalContextLoader loader, ProposalAccess access)
{
    public async Task<Result<(ProposalContext Context, ProposalRelation Relation)>> LoadVisible(Guid id, CancellationToken ct)
    {
        var found = await FindVisible(id, track: false, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        return (await loader.Complete(found.Value.Proposal, ct), found.Value.Relation);
    }

    /// <summary>The dossier's row and partners only (tracked when the caller is about to change it), with the caller's relation to it.</summary>
    public async Task<Result<(Proposal Proposal, ProposalRelation Relation)>> FindVisible(Guid id, bool track, CancellationToken ct)
    {
        var proposal = await loader.LoadProposal(id, track, ct);
        if (proposal is null)
        {
            return ProposalAccess.Hidden();
        }

        var relation = await access.RelationTo(proposal, ct);
        if (relation == ProposalRelation.None)
        {
            return ProposalAccess.Hidden();
        }

        return (proposal, relation);
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
