using FundingPortal.Domain.Reviews.Assignment;

namespace FundingPortal.Benchmarks.Assignment;

public sealed record AssignmentQuality(int Assigned, int Spread, long TotalOverlap, int ForbiddenUsed)
{
    public static AssignmentQuality Measure(AssignmentProblem problem, IReadOnlyList<(Guid ProposalId, Guid ExpertId)> assignments)
    {
        var proposals = problem.Proposals.ToDictionary(p => p.ProposalId);
        var experts = problem.Experts.ToDictionary(e => e.ExpertId);
        var loads = problem.Experts.ToDictionary(e => e.ExpertId, e => e.CurrentLoad);
        long overlap = 0;
        foreach (var (proposalId, expertId) in assignments)
        {
            loads[expertId]++;
            overlap += ExpertiseMatch.Overlap(proposals[proposalId].Keywords, experts[expertId].Expertise);
        }

        var forbiddenUsed = assignments.Count(problem.Forbidden.Contains);
        return new AssignmentQuality(assignments.Count, loads.Values.Max() - loads.Values.Min(), overlap, forbiddenUsed);
    }
}
