using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using FundingPortal.Domain.Reviews.Evaluation;

namespace FundingPortal.Application.Reviews.Assignments;

/// <summary>Gives a dossier that lost an expert (a decline) the best eligible replacement, balanced against the call's loads.</summary>
public sealed class SlotRefiller(AssignmentPlanner planner, AssignmentRecorder recorder)
{
    /// <param name="callAssignments">Every assignment of the call in this unit of work, the declined one included, read after
    /// <paramref name="review"/> was taken; new ones are added to it.</param>
    public async Task<int> Refill(Proposal proposal, Call call, List<ReviewAssignment> callAssignments, ProposalEvaluation review, DateTimeOffset now,
        CancellationToken ct)
    {
        if (!ReviewProgress.IsReviewable(proposal.Status))
        {
            return 0;
        }

        var plan = await planner.Plan(call, [proposal], callAssignments, ct);
        callAssignments.AddRange(recorder.Add(call, AssignmentOrigin.Reassignment, plan.Pairs.Select(p => (proposal, plan.Experts[p.ExpertId])), now));

        await recorder.MoveAlong(proposal, call, callAssignments.Where(a => a.ProposalId == proposal.Id).ToList(), review, now, ct);
        return plan.Pairs.Count;
    }
}
