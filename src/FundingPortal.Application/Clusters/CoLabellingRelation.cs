using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Clusters;

/// <summary>
/// A manager of a cluster the consortium asked to co-label the dossier reads it once submitted (never the draft), read-only:
/// every use case that changes a dossier asks for another relation.
/// </summary>
public sealed class CoLabellingRelation(ManagerScope managers) : IProposalRelationSource
{
    public async Task<ProposalRelation> RelationTo(Proposal proposal, ICurrentUser user, CancellationToken ct)
    {
        if (!managers.IsManager || !ManagerScope.CoLabellingStatuses.Contains(proposal.Status))
        {
            return ProposalRelation.None;
        }

        var asked = await managers.CoLabellingProposalIds().AnyAsync(id => id == proposal.Id, ct);
        return asked ? ProposalRelation.CoLabellingManager : ProposalRelation.None;
    }
}
