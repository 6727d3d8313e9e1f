using FundingPortal.Application.Clusters;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Reviews.Assignment;
using FundingPortal.Domain.Reviews.Conflicts;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments.ListExpertCandidates;

/// <summary>A call's expert seen from one dossier: free to assign, or why not.</summary>
public sealed record ExpertCandidateDto(Guid ExpertId, string DisplayName, int Load, int ExpertiseOverlap, bool Assigned, string? ConflictReason, string? ConflictMessage);

public sealed class ListExpertCandidates(ManagerScope scope, IAppDbContext db, ConflictProfiles conflicts)
{
    /// <summary>Every expert of the dossier's call with their load, expertise overlap and conflict, for manual assignment.</summary>
    public async Task<Result<IReadOnlyList<ExpertCandidateDto>>> Handle(Guid proposalId, CancellationToken ct)
    {
        var proposal = await scope.ManagedProposals().AsNoTracking().Include(p => p.Partners).FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null)
        {
            return Error.NotFound("Proposal");
        }

        var experts = await db.Experts.AsNoTracking().Include(e => e.DeclaredConflicts).Where(e => e.CallIds.Contains(proposal.CallId)).ToListAsync(ct);
        var loads = await db.ReviewAssignments.Where(a => a.CallId == proposal.CallId && a.Status != Domain.Reviews.AssignmentStatus.Declined)
            .GroupBy(a => a.ExpertId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var onProposal = await db.ReviewAssignments.Where(a => a.ProposalId == proposalId).Select(a => a.ExpertId).ToListAsync(ct);
        var proposalProfile = (await conflicts.ForProposals([proposal], ct))[0];
        var expertProfiles = (await conflicts.ForExperts(experts, ct)).ToDictionary(p => p.ExpertId);
        return experts.Select(e =>
            {
                var conflict = ConflictOfInterestDetector.Detect(expertProfiles[e.Id], proposalProfile, conflicts.Today);
                return new ExpertCandidateDto(e.Id, e.DisplayName, loads.GetValueOrDefault(e.Id), ExpertiseMatch.Overlap(proposal.Keywords, e.Expertise),
                    onProposal.Contains(e.Id), conflict?.Code, conflict?.Message);
            })
            .OrderBy(c => c.ConflictReason is not null).ThenBy(c => c.Load).ThenByDescending(c => c.ExpertiseOverlap).ThenBy(c => c.DisplayName)
            .ToList();
    }
}
