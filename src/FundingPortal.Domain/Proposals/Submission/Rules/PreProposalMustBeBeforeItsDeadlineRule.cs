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

        if (call.IsPreProposalStageOpenAt(now))
        {
            return Result.Success();
        }

        return call.StatusAt(now) is CallStatus.Open or CallStatus.Closed
            ? Error.Conflict(CallMustBeOpenForSubmissionRule.DeadlinePassed, "The pre-proposal deadline has passed; the pre-proposal is frozen until the shortlist.")
            : Error.Conflict("call_not_open", "This call is not open for dossiers.");
    }

    /// <summary>What "Pourquoi ne puis-je pas déposer ?" lists once the pre-proposal stage is over for this dossier.</summary>
    public EligibilityIssue? Issue() => Check().Error?.Code switch
    {
        "not_invited" => new EligibilityIssue("not_invited"),
        CallMustBeOpenForSubmissionRule.DeadlinePassed => new EligibilityIssue("pre_proposal_deadline_passed"),
        _ => null,
    };
}
