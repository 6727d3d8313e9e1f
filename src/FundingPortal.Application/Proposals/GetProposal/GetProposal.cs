using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Proposals.GetProposal;

public sealed class GetProposal(ProposalVisibility visibility, TimeProvider clock)
{
    public async Task<Result<ProposalResponse>> Handle(Guid id, CancellationToken ct)
    {
        var visible = await visibility.LoadVisible(id, ct);
        if (!visible.IsSuccess)
        {
            return visible.Error!;
        }

        var (context, relation) = visible.Value;
        var isInsider = relation is ProposalRelation.Manager || ProposalAccess.IsConsortium(relation);
        var showBudgets = isInsider || relation is ProposalRelation.FunderOfficer or ProposalRelation.CoLabellingManager || !context.Call.HideBudgetFromExperts;
        return ProposalResponse.From(context, clock.GetUtcNow(), showBudgets, showInternals: isInsider);
    }
}
