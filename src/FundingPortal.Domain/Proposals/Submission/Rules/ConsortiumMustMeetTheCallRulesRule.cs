using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Domain.Proposals.Submission.Rules;

/// <summary>The call's eligibility rules (consortium, budget, duration, documents; a pre-proposal: no budget rules), every blocking issue listed at once.</summary>
internal sealed class ConsortiumMustMeetTheCallRulesRule(Proposal proposal, Call call, IReadOnlyDictionary<Guid, Organisation> organisations, bool preProposal)
    : ISubmissionRule
{
    public Result Check()
    {
        var issues = EligibilityEvaluator.Evaluate(proposal, call, organisations, preProposal);
        return issues.Count == 0
            ? Result.Success()
            : Error.Rule("proposal_ineligible", "The dossier cannot be submitted until the listed issues are solved.").With("issues", issues);
    }
}
