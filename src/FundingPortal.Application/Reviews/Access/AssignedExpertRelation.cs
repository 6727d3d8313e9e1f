using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Access;

/// <summary>
/// An expert with an active assignment on the dossier reads it, unless a conflict of interest has appeared since:
/// then the dossier does not exist for them (404), whatever the assignment says.
/// </summary>
public sealed class AssignedExpertRelation(IAppDbContext db, ConflictProfiles conflicts) : IProposalRelationSource
{
    public async Task<ProposalRelation> RelationTo(Proposal proposal, ICurrentUser user, CancellationToken ct)
    {
        if (user.ExpertId is not { } expertId)
        {
            return ProposalRelation.None;
        }

        var assigned = await db.ReviewAssignments.AnyAsync(a => a.ProposalId == proposal.Id && a.ExpertId == expertId && a.Status != AssignmentStatus.Declined, ct);
        if (!assigned)
        {
            return ProposalRelation.None;
        }

        var expert = await db.Experts.AsNoTracking().Include(e => e.DeclaredConflicts).FirstAsync(e => e.Id == expertId, ct);
        return await conflicts.Detect(expert, proposal, ct) is null ? ProposalRelation.AssignedExpert : ProposalRelation.None;
    }
}

/// <summary>An expert lists the dossiers of their active assignments, except those they have a conflict with.</summary>
public sealed class AssignedProposalsFilter(IAppDbContext db, ConflictedProposals conflicted) : IProposalListFilter
{
    public IQueryable<Guid> VisibleTo(ICurrentUser user)
    {
        var expertId = user.ExpertId;
        return db.ReviewAssignments.Where(a => expertId != null && a.ExpertId == expertId && a.Status != AssignmentStatus.Declined).Select(a => a.ProposalId);
    }

    public async Task<IReadOnlySet<Guid>> HiddenAmong(ICurrentUser user, IReadOnlyCollection<Guid> proposalIds, CancellationToken ct) =>
        user.ExpertId is { } expertId ? await conflicted.Among(expertId, proposalIds, ct) : new HashSet<Guid>();
}
