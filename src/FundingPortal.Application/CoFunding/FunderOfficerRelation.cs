using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.CoFunding;

/// <summary>
/// A funder officer sees the dossiers their funder was asked to co-fund (a request exists once the manager sent the
/// labelled dossier, and only for funders with a non-zero requested aid), from then on and whatever the decisions.
/// </summary>
public sealed class FunderOfficerRelation(IAppDbContext db) : IProposalRelationSource, IProposalListFilter
{
    public async Task<ProposalRelation> RelationTo(Proposal proposal, ICurrentUser user, CancellationToken ct)
    {
        if (OfficerFunder(user) is not { } funderId)
        {
            return ProposalRelation.None;
        }

        var requested = await db.FundingRequests.AnyAsync(r => r.ProposalId == proposal.Id && r.FunderId == funderId, ct);
        return requested ? ProposalRelation.FunderOfficer : ProposalRelation.None;
    }

    public IQueryable<Guid> VisibleTo(ICurrentUser user)
    {
        // Guid.Empty matches no funder: the query stays translatable for users who are not officers.
        var funderId = OfficerFunder(user) ?? Guid.Empty;
        return db.FundingRequests.Where(r => r.FunderId == funderId).Select(r => r.ProposalId);
    }

    public static Guid? OfficerFunder(ICurrentUser user) => user.IsInRole(Roles.FunderOfficer) ? user.FunderId : null;
}
