using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Proposals.Submission.Rules;

/// <summary>An answer to a correction request is accepted strictly before the request's due date, whatever the call's deadline.</summary>
internal sealed class CorrectionMustBeOpenRule(CorrectionRequest correction, DateTimeOffset now) : ISubmissionRule
{
    public Result Check() => correction.IsOpenAt(now) ? Result.Success() : Proposal.CorrectionExpired();
}
