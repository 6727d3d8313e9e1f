using FundingPortal.Domain.Reviews.Assignment;

namespace FundingPortal.Benchmarks.Assignment;

/// <summary>Least-loaded expert first, best overlap second: the obvious first-fit alternative.</summary>
public static class GreedyBaseline
{
    public static List<(Guid ProposalId, Guid ExpertId)> Assign(AssignmentProblem problem)
    {
        var experts = problem.Experts.OrderBy(e => e.ExpertId).ToArray();
        var loads = experts.Select(e => e.CurrentLoad).ToArray();
        var result = new List<(Guid, Guid)>();
        foreach (var proposal in problem.Proposals.OrderBy(p => p.ProposalId))
        {
            var taken = new HashSet<Guid>(proposal.AssignedExpertIds ?? []);
            for (var slot = 0; slot < proposal.SlotsToFill; slot++)
            {
                var best = -1;
                var bestOverlap = -1;
                for (var e = 0; e < experts.Length; e++)
                {
                    if (taken.Contains(experts[e].ExpertId) || problem.Forbidden.Contains((proposal.ProposalId, experts[e].ExpertId)))
                    {
                        continue;
                    }

                    var overlap = ExpertiseMatch.Overlap(proposal.Keywords, experts[e].Expertise);
                    if (best < 0 || loads[e] < loads[best] || (loads[e] == loads[best] && overlap > bestOverlap))
                    {
                        best = e;
                        bestOverlap = overlap;
                    }
                }

                if (best < 0)
                {
                    break;
                }

                taken.Add(experts[best].ExpertId);
                loads[best]++;
                result.Add((proposal.ProposalId, experts[best].ExpertId));
            }
        }

        return result;
    }
}
