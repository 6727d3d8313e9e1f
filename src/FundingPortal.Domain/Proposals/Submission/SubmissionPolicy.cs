using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals.Submission.Rules;

namespace FundingPortal.Domain.Proposals.Submission;

/// <summary>
/// When a dossier may be submitted, evaluated once with the time passed in: the window first, then the dossier's
/// status, then the call's eligibility rules. A pre-proposal (two-stage calls) has its own window, the pre-proposal
/// deadline, and leaves the budget rules to the full stage. A closed call answers <c>deadline_passed</c> even for an ineligible dossier,
/// and a refusal by the window or the status costs no eligibility evaluation. A dossier with an open correction request
/// answers it inside the request's own window instead (<see cref="CorrectionMustBeOpenRule"/>).
/// </summary>
public static class SubmissionPolicy
{
    internal static Result Check(Proposal proposal, Call call, IReadOnlyDictionary<Guid, Organisation> organisations, DateTimeOffset now)
    {
        var preProposal = proposal.StageIn(call) == ProposalStage.PreProposal;
        ISubmissionRule[] usual = preProposal
            ? [new PreProposalMustBeBeforeItsDeadlineRule(proposal, call, now)]
            :
            [
                new CallMustBeOpenForSubmissionRule(call, now),
                new DossierMustBeDraftOrSubmittedRule(proposal.Status),
            ];
        var window = FirstBroken(usual);
        if (!window.IsSuccess && proposal.PendingCorrection() is { } correction)
        {
            window = new CorrectionMustBeOpenRule(correction, now).Check();
        }

        return window.IsSuccess ? new ConsortiumMustMeetTheCallRulesRule(proposal, call, organisations, preProposal).Check() : window;
    }

    /// <summary>Every reason the dossier cannot be submitted now, as codes and facts (the Application words them); the deadline comes last.</summary>
    public static IReadOnlyList<EligibilityIssue> Issues(Proposal proposal, Call call, IReadOnlyDictionary<Guid, Organisation> organisations, DateTimeOffset now)
    {
        var preProposal = proposal.StageIn(call) == ProposalStage.PreProposal;
        var issues = EligibilityEvaluator.Evaluate(proposal, call, organisations, preProposal);
        if (proposal.OpenCorrectionAt(now) is not null)
        {
            return issues;
        }

        var closed = preProposal ? new PreProposalMustBeBeforeItsDeadlineRule(proposal, call, now).Issue() : new CallMustBeOpenForSubmissionRule(call, now).Issue();
        return closed is not null ? [.. issues, closed] : issues;
    }

    private static Result FirstBroken(IEnumerable<ISubmissionRule> rules)
    {
        foreach (var rule in rules)
        {
            var outcome = rule.Check();
            if (!outcome.IsSuccess)
            {
                return outcome;
            }
        }

        return Result.Success();
    }
}
