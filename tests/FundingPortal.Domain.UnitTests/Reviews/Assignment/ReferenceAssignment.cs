using FundingPortal.Domain.Reviews.Assignment;

namespace FundingPortal.Domain.UnitTests.Reviews.Assignment;

/// <summary>The same lexicographic objective (slots, then balance, then overlap) solved on the explicit graph.</summary>
public static class ReferenceAssignment
{
    public static long MaxAssignable(AssignmentProblem problem) => Build(problem, withCosts: false).MaxFlow();

    public static (long Assigned, long LoadCost, long Overlap) Optimum(AssignmentProblem problem)
    {
        var network = Build(problem, withCosts: true);
        var (flow, _) = network.Graph.MinCostMaxFlow(network.Source, network.Sink);
        var assignments = network.PairEdges.Where(p => network.Graph.FlowOn(p.Edge) == 1).Select(p => p.Pair).ToList();
        var measures = AssignmentMeasures.Of(problem, assignments);
        return (flow, measures.LoadCost, measures.Overlap);
    }

    public static bool IsEligible(AssignmentProblem problem, AssignmentProposal proposal, Guid expertId) =>
        !problem.Forbidden.Contains((proposal.ProposalId, expertId)) && !(proposal.AssignedExpertIds ?? []).Contains(expertId);

    private static Network Build(AssignmentProblem problem, bool withCosts)
    {
        var proposals = problem.Proposals.Where(p => p.SlotsToFill > 0).ToList();
        var experts = problem.Experts;
        var demand = proposals.Sum(p => (long)p.SlotsToFill);
        var overlaps = proposals.Select(p => experts.Select(e => ExpertiseMatch.Overlap(p.Keywords, e.Expertise)).ToArray()).ToArray();
        var loadWeight = demand * overlaps.SelectMany(o => o).DefaultIfEmpty(0).Max() + 1;
        var source = 0;
        var sink = proposals.Count + experts.Count + 1;
        var graph = new FlowGraph(sink + 1);
        var pairEdges = new List<((Guid, Guid) Pair, int Edge)>();
        for (var p = 0; p < proposals.Count; p++)
        {
            graph.AddEdge(source, 1 + p, proposals[p].SlotsToFill);
            for (var e = 0; e < experts.Count; e++)
            {
                if (IsEligible(problem, proposals[p], experts[e].ExpertId))
                {
                    var edge = graph.AddEdge(1 + p, 1 + proposals.Count + e, 1, withCosts ? -overlaps[p][e] : 0);
                    pairEdges.Add(((proposals[p].ProposalId, experts[e].ExpertId), edge));
                }
            }
        }

        for (var e = 0; e < experts.Count; e++)
        {
            var room = Math.Min(experts[e].MaxLoad is { } max ? max - experts[e].CurrentLoad : int.MaxValue, proposals.Count);
            for (var unit = 1; unit <= room; unit++)
            {
                // One arc per unit of load, each dearer than the last: a convex cost that rewards balance.
                graph.AddEdge(1 + proposals.Count + e, sink, 1, withCosts ? loadWeight * (experts[e].CurrentLoad + unit) : 0);
            }
        }

        return new Network(graph, source, sink, pairEdges);
    }

    private sealed record Network(FlowGraph Graph, int Source, int Sink, List<((Guid, Guid) Pair, int Edge)> PairEdges)
    {
        public long MaxFlow() => Graph.MaxFlow(Source, Sink);
    }
}
