using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using FundingPortal.Domain.Reviews.Assignment;
using FundingPortal.Domain.Reviews.Conflicts;
using FundingPortal.Domain.Reviews.Experts;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments;

public sealed record PlannedAssignments(IReadOnlyList<(Guid ProposalId, Guid ExpertId)> Pairs, IReadOnlyList<UnassignableSlot> Unassignable,
    IReadOnlyDictionary<Guid, Expert> Experts);

/// <summary>
/// Fills the missing reviewer slots of some dossiers of a call with the min-cost-flow solver: the call's experts,
/// their current load in the call, conflicts of interest and declined pairs forbidden.
/// </summary>
public sealed class AssignmentPlanner(IAppDbContext db, ConflictProfiles conflicts)
{
    /// <param name="callAssignments">Every assignment of the call, declined ones included, as they stand in this unit of work.</param>
    public async Task<PlannedAssignments> Plan(Call call, IReadOnlyCollection<Proposal> proposals, IReadOnlyCollection<ReviewAssignment> callAssignments,
        CancellationToken ct)
    {
        var experts = await db.Experts.AsNoTracking().Include(e => e.DeclaredConflicts).Where(e => e.CallIds.Contains(call.Id)).ToListAsync(ct);
        var forbidden = new HashSet<(Guid ProposalId, Guid ExpertId)>(ConflictOfInterestDetector.ConflictedPairs(
            await conflicts.ForProposals(proposals, ct), await conflicts.ForExperts(experts, ct), conflicts.Today));
        forbidden.UnionWith(callAssignments.Where(a => !a.IsActive).Select(a => (a.ProposalId, a.ExpertId)));

        var active = callAssignments.Where(a => a.IsActive).ToList();
        var activeByProposal = active.ToLookup(a => a.ProposalId, a => a.ExpertId);
        var loads = active.CountBy(a => a.ExpertId).ToDictionary();
        var problem = new AssignmentProblem(
            proposals.Select(p => new AssignmentProposal(p.Id, p.Keywords, Math.Max(0, call.ExpertsPerProposal - activeByProposal[p.Id].Count()),
                activeByProposal[p.Id].ToList())).ToList(),
            experts.Select(e => new AssignmentExpert(e.Id, e.Expertise, loads.GetValueOrDefault(e.Id))).ToList(),
            forbidden);
        var solved = ExpertAssignmentSolver.Solve(problem);
        return new PlannedAssignments(solved.Assignments, solved.Unassignable, experts.ToDictionary(e => e.Id));
    }
}
