using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Domain.Reviews;

/// <summary>
/// Keeps a dossier's status in step with its assignments: under review while a review is owed, reviewed once
/// every active (not declined) assignment has a submitted review.
/// </summary>
public static class ReviewProgress
{
    public static bool IsReviewable(ProposalStatus status) =>
        status is ProposalStatus.Submitted or ProposalStatus.UnderReview or ProposalStatus.Reviewed;

    public static Result Refresh(Proposal proposal, IEnumerable<ReviewAssignment> assignmentsOfProposal, DateTimeOffset now)
    {
        if (!IsReviewable(proposal.Status))
        {
            return Error.Conflict("invalid_status", $"A dossier in status {proposal.Status} is not under review.");
        }

        var active = assignmentsOfProposal.Where(a => a.ProposalId == proposal.Id && a.IsActive).ToList();
        if (proposal.Status == ProposalStatus.Submitted)
        {
            if (active.Count == 0)
            {
                return Result.Success();
            }

            var started = proposal.StartReview(now);
            if (!started.IsSuccess)
            {
                return started;
            }
        }

        // A dossier with no active assignment left (all removed or declined) is under review again, never "reviewed".
        var allIn = active.Count > 0 && active.All(a => a.HasSubmittedReview);
        var target = allIn ? ProposalStatus.Reviewed : ProposalStatus.UnderReview;
        if (proposal.Status != target)
        {
            proposal.ChangeStatus(target, now);
        }

        return Result.Success();
    }
}
