using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.CoFunding.GetFundingPlan;

/// <summary>The funding plan of a dossier, for its consortium, the managers and the officers of the funders it was sent to.</summary>
public sealed class GetFundingPlan(ProposalVisibility visibility, FundingPlanBasisLoader basisLoader)
{
    public async Task<Result<FundingPlanResponse>> Handle(Guid proposalId, CancellationToken ct)
    {
        var visible = await visibility.LoadVisible(proposalId, ct);
        if (!visible.IsSuccess)
        {
            return visible.Error!;
        }

        var (context, relation) = visible.Value;
        if (!FundingVisibility.MaySeeFunding(relation))
        {
            return Error.Forbidden("The funding plan is shown to the consortium, the cluster managers and the funders.");
        }

        var basis = await basisLoader.Load(context, ct);
        return FundingPlanResponse.From(proposalId, basis, context.Call, context.Funders);
    }
}
