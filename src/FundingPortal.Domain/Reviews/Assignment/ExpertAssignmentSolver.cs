namespace FundingPortal.Domain.Reviews.Assignment;

/// <summary>
/// Assigns experts to proposals as an exact min-cost max-flow:
/// source → proposal (capacity = slots to fill) → expert (capacity 1, cost = −overlap, assignable pairs only)
/// → sink (one unit arc per extra assignment, cost M·(resulting load), M above any total overlap, up to MaxLoad).
/// <list type="bullet">
/// <item>Max flow first: every slot that can be filled is filled.</item>
/// <item>Among max flows the convex sink cost picks the most balanced load vector (existing loads included):
/// it minimises the largest load and maximises the smallest one at once, so max − min ≤ 1 whenever any
/// feasible assignment achieves it.</item>
/// <item>Among those, the total keyword overlap is maximal.</item>
/// </list>
/// Solved by successive shortest paths with Johnson potentials on the graph contracted to the experts:
/// proposals disappear into "expert A hands proposal p over to expert B" arcs (the cheapest p per pair, kept
/// up to date incrementally) and "the source gives expert B its best open proposal" arcs. A path search is
/// one dense O(experts²) Dijkstra whatever the number of proposals, and after each one every direct
/// source → proposal → expert → sink path that is still tight is augmented without a new search.
/// Ties break on id order, so the result is reproducible and does not depend on input order.
/// </summary>
public static class ExpertAssignmentSolver
{
    public static AssignmentResult Solve(AssignmentProblem problem)
    {
        var network = AssignmentNetwork.Build(problem);
        var flow = new BalancedAssignmentFlow(network);
        flow.Run();
        var assignments = flow.Assignments()
            .Select(a => (network.Proposals[a.Proposal].ProposalId, network.Experts[a.Expert].ExpertId))
            .ToList();
        var unassignable = Enumerable.Range(0, network.ProposalCount)
            .Where(p => flow.OpenSlots(p) > 0)
            .Select(p => Unassignable(network, p, flow.OpenSlots(p)))
            .ToList();
        return new AssignmentResult(assignments, unassignable);
    }

    private static UnassignableSlot Unassignable(AssignmentNetwork network, int proposal, int missingSlots)
    {
        var eligible = network.EligibleExperts[proposal];
        var reason = eligible < network.Proposals[proposal].SlotsToFill
            ? UnassignableReasons.NotEnoughEligibleExperts
            : UnassignableReasons.EligibleExpertsAtCapacity;
        return new UnassignableSlot(network.Proposals[proposal].ProposalId, missingSlots, reason, eligible);
    }
}
