using FundingPortal.Domain.Reviews.Assignment;

namespace FundingPortal.Domain.UnitTests.Reviews.Assignment;

/// <summary>Objective values computed from scratch: final loads, their spread, the convex load cost and the overlap.</summary>
public sealed record AssignmentMeasures(IReadOnlyDictionary<Guid, int> Loads, long LoadCost, long Overlap)
{
    public int Spread => Loads.Count == 0 ? 0 : Loads.Values.Max() - Loads.Values.Min();

    public static AssignmentMeasures Of(AssignmentProblem problem, IEnumerable<(Guid ProposalId, Guid ExpertId)> assignments)
    {
        var proposals = problem.Proposals.ToDictionary(p => p.ProposalId);
        var experts = problem.Experts.ToDictionary(e => e.ExpertId);
        var loads = problem.Experts.ToDictionary(e => e.ExpertId, e => e.CurrentLoad);
        long loadCost = 0;
        long overlap = 0;
        foreach (var (proposalId, expertId) in assignments)
        {
            loadCost += ++loads[expertId];
            overlap += ExpertiseMatch.Overlap(proposals[proposalId].Keywords, experts[expertId].Expertise);
        }

        return new AssignmentMeasures(loads, loadCost, overlap);
    }
}
