using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals.SetPartnerBudget;

public sealed record BudgetRequest(decimal? Personnel, decimal? Overheads, decimal? Subcontracting, decimal? Equipment, decimal? OtherCosts);

public sealed class SetPartnerBudget(ProposalEditor editor, ICurrentUser user, TimeProvider clock)
{
    public async Task<Result<ProposalResponse>> Handle(Guid id, Guid organisationId, BudgetRequest request, ExpectedVersion expected, CancellationToken ct)
    {
        var budget = Budget.Create(request.Personnel ?? 0, request.Overheads ?? 0, request.Subcontracting ?? 0, request.Equipment ?? 0, request.OtherCosts ?? 0);
        if (!budget.IsSuccess)
        {
            return budget.Error!;
        }

        // The lead may fill any partner's budget; a partner only its own.
        bool MayEdit(ProposalRelation r) => r == ProposalRelation.LeadMember || (r == ProposalRelation.PartnerMember && user.OrganisationId == organisationId);
        return ProposalResponse.Edited(await editor.Edit(id, expected, MayEdit, "budget_updated",
            (c, now) => c.Proposal.SetBudget(organisationId, budget.Value, c.Call, now), new { organisationId, total = budget.Value.Total }, ct), clock.GetUtcNow());
    }
}
