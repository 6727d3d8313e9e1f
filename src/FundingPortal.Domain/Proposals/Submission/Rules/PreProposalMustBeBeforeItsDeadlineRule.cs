using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Proposals.Submission.Rules;

/// <summary>
/// A pre-proposal is submitted while the call is open, strictly before the pre-proposal deadline (accepted at T − 1 ms,
/// refused at T, as the full deadline); a dossier left out of the shortlist is never submitted again.
/// </summary>
internal sealed class PreProposalMustBeBeforeItsDeadlineRule(Proposal proposal, Call call, DateTimeOffset now) : ISubmissionRule
{
    public Result Check()
    {
        if (proposal.Status == ProposalStatus.NotInvited)
        {
            return Proposal.NotInvited();
        }

        return call.IsPreProposalStageOpenAt(now) ? Result.Success() : Proposal.PreProposalDeadlinePassed(call, now);
    }

    /// <summary>What "Pourquoi ne puis-je pas déposer ?" lists once the pre-proposal stage is over for this dossier.</summary>
    public EligibilityIssue? Issue() => Check() is { IsSuccess: false, Error: { } error } && error.Code is "not_invited" or "deadline_passed"
        ? new EligibilityIssue(error.Code == "not_invited" ? "not_invited" : "pre_proposal_deadline_passed")
        : null;
}
