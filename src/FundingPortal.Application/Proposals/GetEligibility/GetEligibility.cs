using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Proposals.Submission;

namespace FundingPortal.Application.Proposals.GetEligibility;

public sealed record EligibilityResponse(bool Eligible, IReadOnlyList<EligibilityIssue> Issues);

public sealed class GetEligibility(ProposalVisibility visibility, TimeProvider clock)
{
    public async Task<Result<EligibilityResponse>> Handle(Guid id, CancellationToken ct)
    {
        var visible = await visibility.LoadVisible(id, ct);
        if (!visible.IsSuccess)
        {
            return visible.Error!;
        }

        var (context, relation) = visible.Value;
        if (relation != ProposalRelation.Manager && !ProposalAccess.IsConsortium(relation))
        {
            return ProposalAccess.Hidden();
        }

        var issues = SubmissionPolicy.Issues(context.Proposal, context.Call, context.Organisations, clock.GetUtcNow());
        return new EligibilityResponse(issues.Count == 0, issues);
    }
}
