using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Proposals.Submission.Rules;

/// <summary>One rule a submission must meet, named as a sentence; the first one broken is the answer.</summary>
internal interface ISubmissionRule
{
    Result Check();
}
