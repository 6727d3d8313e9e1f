using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Proposals.SetPartnerBudget;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals.SetPartnerBudgets;

public sealed record PartnerBudgetRequest(Guid OrganisationId, BudgetRequest Budget);

/// <summary>
/// Several partners' budgets in one change, as the budgets page saves them: every amount is checked first, then all are
/// written together or none (field errors are keyed <c>budgets[i].personnel</c>, in the request's order).
/// </summary>
public sealed class SetPartnerBudgets(ProposalEditor editor, ICurrentUser user, TimeProvider clock)
{
    public async Task<Result<ProposalResponse>> Handle(Guid id, IReadOnlyList<PartnerBudgetRequest> budgets, ExpectedVersion expected, CancellationToken ct)
    {
        var checkedBudgets = new List<(Guid OrganisationId, Budget Budget)>();
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < budgets.Count; i++)
        {
            var r = budgets[i].Budget;
            var budget = Budget.Create(r.Personnel ?? 0, r.Overheads ?? 0, r.Subcontracting ?? 0, r.Equipment ?? 0, r.OtherCosts ?? 0);
            if (budget.IsSuccess)
            {
                checkedBudgets.Add((budgets[i].OrganisationId, budget.Value));
                continue;
            }

            foreach (var (field, messages) in budget.Error!.FieldErrors ?? new Dictionary<string, string[]>())
            {
                errors[$"budgets[{i}].{field}"] = messages;
            }
        }

        if (errors.Count > 0)
        {
            return Error.Validation("invalid_amount", "Budget amounts are euros, zero or more, with at most 2 decimals.", errors);
        }

        // The lead may fill any partner's budget; a partner only its own.
        bool MayEdit(ProposalRelation r) => r == ProposalRelation.LeadMember
            || (r == ProposalRelation.PartnerMember && checkedBudgets.All(b => b.OrganisationId == user.OrganisationId));
        return ProposalResponse.Edited(await editor.Edit(id, expected, MayEdit, "budget_updated", (c, now) =>
            {
                foreach (var (organisationId, budget) in checkedBudgets)
                {
                    var set = c.Proposal.SetBudget(organisationId, budget, c.Call, now);
                    if (!set.IsSuccess)
                    {
                        return set;
                    }
                }

                return Result.Success();
            }, new { budgets = checkedBudgets.Select(b => new { b.OrganisationId, total = b.Budget.Total }) }, ct), clock.GetUtcNow());
    }
}
