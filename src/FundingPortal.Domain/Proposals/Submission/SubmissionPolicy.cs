using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals.Submission.Rules;

namespace FundingPortal.Domain.Proposals.Submission;

/// <summary>
/// When a dossier may be submitted, evaluated once with the time passed in: the window first, then the dossier's
/// status, then the call's eligibility rules. A closed call answers <c>deadline_passed</c> even for an ineligible dossier,
/// and a refusal by the window or the status costs no eligibility evaluation.
/// </summary>
public static class SubmissionPolicy
{
    internal static Result Check(Proposal proposal, Call call, IReadOnlyDictionary<Guid, Organisation> organisations, DateTimeOffset now)
    {
        ISubmissionRule[] rules =
        [
            new CallMustBeOpenForSubmissionRule(call, now),
            new DossierMustBeDraftOrSubmittedRule(proposal.Status),
            new ConsortiumMustMeetTheCallRulesRule(proposal, call, organisations),
        ];
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

    /// <summary>Every reason the dossier cannot be submitted now, in French for the applicants; the deadline comes last.</summary>
    public static IReadOnlyList<EligibilityIssue> Issues(Proposal proposal, Call call, IReadOnlyDictionary<Guid, Organisation> organisations, DateTimeOffset now)
    {
        var issues = EligibilityEvaluator.Evaluate(proposal, call, organisations);
        return new CallMustBeOpenForSubmissionRule(call, now).Issue() is { } closed ? [.. issues, closed] : issues;
    }
}
