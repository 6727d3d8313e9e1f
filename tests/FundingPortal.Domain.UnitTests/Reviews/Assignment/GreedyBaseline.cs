using FundingPortal.Domain.Reviews.Assignment;

namespace FundingPortal.Domain.UnitTests.Reviews.Assignment;

/// <summary>First-fit: each proposal in turn takes the least-loaded eligible experts, best overlap on ties.</summary>
public static class GreedyBaseline
{
    public static List<(Guid ProposalId, Guid ExpertId)> Assign(AssignmentProblem problem)
    {
        var loads = problem.Experts.ToDictionary(e => e.ExpertId, e => e.CurrentLoad);
        var result = new List<(Guid, Guid)>();
        foreach (var proposal in problem.Proposals)
        {
            var chosen = problem.Experts
                .Where(e => ReferenceAssignment.IsEligible(problem, proposal, e.ExpertId))
                .Where(e => e.MaxLoad is null || loads[e.ExpertId] < e.MaxLoad)
                .OrderBy(e => loads[e.ExpertId])
                .ThenByDescending(e => ExpertiseMatch.Overlap(proposal.Keywords, e.Expertise))
                .ThenBy(e => e.ExpertId)
                .Take(proposal.SlotsToFill)
                .ToList();
            foreach (var expert in chosen)
            {
                loads[expert.ExpertId]++;
                result.Add((proposal.ProposalId, expert.ExpertId));
            }
        }

        return result;
    }
}
