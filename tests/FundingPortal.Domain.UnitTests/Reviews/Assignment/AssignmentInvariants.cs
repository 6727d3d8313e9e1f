using FundingPortal.Domain.Reviews.Assignment;

namespace FundingPortal.Domain.UnitTests.Reviews.Assignment;

public static class AssignmentInvariants
{
    public static void AssertHold(AssignmentProblem problem, AssignmentResult result)
    {
        var proposals = problem.Proposals.ToDictionary(p => p.ProposalId);
        var experts = problem.Experts.ToDictionary(e => e.ExpertId);

        Assert.Equal(result.Assignments.Count, result.Assignments.Distinct().Count());
        foreach (var (proposalId, expertId) in result.Assignments)
        {
            Assert.True(experts.ContainsKey(expertId));
            Assert.True(ReferenceAssignment.IsEligible(problem, proposals[proposalId], expertId), $"({proposalId}, {expertId}) is not assignable");
        }

        var assignedPerProposal = result.Assignments.CountBy(a => a.ProposalId).ToDictionary();
        var unassignable = result.Unassignable.ToDictionary(u => u.ProposalId);
        foreach (var proposal in problem.Proposals)
        {
            var assigned = assignedPerProposal.GetValueOrDefault(proposal.ProposalId);
            var missing = unassignable.TryGetValue(proposal.ProposalId, out var slot) ? slot.MissingSlots : 0;
            Assert.Equal(proposal.SlotsToFill, assigned + missing);
            if (slot is not null)
            {
                AssertReasonFits(problem, proposal, slot);
            }
        }

        var added = result.Assignments.CountBy(a => a.ExpertId).ToDictionary();
        foreach (var expert in problem.Experts.Where(e => e.MaxLoad is not null))
        {
            Assert.True(added.GetValueOrDefault(expert.ExpertId) <= Math.Max(0, expert.MaxLoad!.Value - expert.CurrentLoad));
        }
    }

    private static void AssertReasonFits(AssignmentProblem problem, AssignmentProposal proposal, UnassignableSlot slot)
    {
        var eligible = problem.Experts.Count(e => ReferenceAssignment.IsEligible(problem, proposal, e.ExpertId));
        Assert.True(slot.MissingSlots > 0);
        Assert.Equal(eligible, slot.EligibleExperts);
        var expected = eligible < proposal.SlotsToFill
            ? UnassignableReasons.NotEnoughEligibleExperts
            : UnassignableReasons.EligibleExpertsAtCapacity;
        Assert.Equal(expected, slot.Reason);
    }
}
