namespace FundingPortal.Domain.Reviews.Assignment;

/// <summary>
/// The problem in index form: proposals that still need experts and all experts, both sorted by id so that
/// the outcome never depends on input order, plus a dense proposal × expert matrix of keyword overlaps
/// in which <see cref="NotAssignable"/> marks forbidden or already assigned pairs.
/// </summary>
internal sealed class AssignmentNetwork
{
    public const short NotAssignable = -1;

    private AssignmentNetwork(AssignmentProposal[] proposals, AssignmentExpert[] experts)
    {
        Proposals = proposals;
        Experts = experts;
        Weight = new short[proposals.Length * experts.Length];
        EligibleExperts = new int[proposals.Length];
    }

    public AssignmentProposal[] Proposals { get; }

    public AssignmentExpert[] Experts { get; }

    public int ProposalCount => Proposals.Length;

    public int ExpertCount => Experts.Length;

    /// <summary>Overlap of proposal p and expert e at [p * ExpertCount + e].</summary>
    public short[] Weight { get; }

    public int[] EligibleExperts { get; }

    public int MaxWeight { get; private set; }

    public static AssignmentNetwork Build(AssignmentProblem problem)
    {
        Validate(problem);
        var experts = problem.Experts.OrderBy(e => e.ExpertId).ToArray();
        var proposals = problem.Proposals.Where(p => p.SlotsToFill > 0).OrderBy(p => p.ProposalId).ToArray();
        var network = new AssignmentNetwork(proposals, experts);
        network.ComputeOverlaps();
        network.MarkNotAssignable(problem.Forbidden);
        network.CountEligibleExperts();
        return network;
    }

    private static void Validate(AssignmentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(problem.Proposals);
        ArgumentNullException.ThrowIfNull(problem.Experts);
        ArgumentNullException.ThrowIfNull(problem.Forbidden);
        EnsureUnique(problem.Proposals.Select(p => p.ProposalId), "proposal");
        EnsureUnique(problem.Experts.Select(e => e.ExpertId), "expert");
        if (problem.Proposals.Any(p => p.SlotsToFill < 0))
        {
            throw new ArgumentException("SlotsToFill cannot be negative.", nameof(problem));
        }

        if (problem.Experts.Any(e => e.CurrentLoad < 0 || e.MaxLoad < 0))
        {
            throw new ArgumentException("Expert loads cannot be negative.", nameof(problem));
        }
    }

    private static void EnsureUnique(IEnumerable<Guid> ids, string kind)
    {
        var seen = new HashSet<Guid>();
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                throw new ArgumentException($"Duplicate {kind} id {id}.", nameof(ids));
            }
        }
    }

    private void ComputeOverlaps()
    {
        var keywordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var expertsByKeyword = new List<List<int>>();
        for (var e = 0; e < ExpertCount; e++)
        {
            foreach (var keyword in DistinctNormalized(Experts[e].Expertise))
            {
                if (!keywordIds.TryGetValue(keyword, out var id))
                {
                    id = keywordIds.Count;
                    keywordIds.Add(keyword, id);
                    expertsByKeyword.Add([]);
                }

                expertsByKeyword[id].Add(e);
            }
        }

        for (var p = 0; p < ProposalCount; p++)
        {
            var row = p * ExpertCount;
            foreach (var keyword in DistinctNormalized(Proposals[p].Keywords))
            {
                if (!keywordIds.TryGetValue(keyword, out var id))
                {
                    continue;
                }

                foreach (var e in expertsByKeyword[id])
                {
                    if (Weight[row + e] < short.MaxValue)
                    {
                        Weight[row + e]++;
                    }
                }
            }
        }

        MaxWeight = Weight.Length == 0 ? 0 : Weight.Max();
    }

    private static IEnumerable<string> DistinctNormalized(IReadOnlyCollection<string>? keywords) =>
        (keywords ?? [])
            .Select(KeywordNormalizer.Normalize)
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal);

    private void MarkNotAssignable(IReadOnlySet<(Guid ProposalId, Guid ExpertId)> forbidden)
    {
        var proposalIndex = new Dictionary<Guid, int>(ProposalCount);
        for (var p = 0; p < ProposalCount; p++)
        {
            proposalIndex.Add(Proposals[p].ProposalId, p);
        }

        var expertIndex = new Dictionary<Guid, int>(ExpertCount);
        for (var e = 0; e < ExpertCount; e++)
        {
            expertIndex.Add(Experts[e].ExpertId, e);
        }

        foreach (var (proposalId, expertId) in forbidden)
        {
            if (proposalIndex.TryGetValue(proposalId, out var p) && expertIndex.TryGetValue(expertId, out var e))
            {
                Weight[p * ExpertCount + e] = NotAssignable;
            }
        }

        for (var p = 0; p < ProposalCount; p++)
        {
            foreach (var expertId in Proposals[p].AssignedExpertIds ?? [])
            {
                if (expertIndex.TryGetValue(expertId, out var e))
                {
                    Weight[p * ExpertCount + e] = NotAssignable;
                }
            }
        }
    }

    private void CountEligibleExperts()
    {
        for (var p = 0; p < ProposalCount; p++)
        {
            EligibleExperts[p] = ExpertCount - Weight.AsSpan(p * ExpertCount, ExpertCount).Count(NotAssignable);
        }
    }
}
