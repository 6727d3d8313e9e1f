using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals;

public sealed class EditProposal(ProposalEditor editor, IAppDbContext db, ICurrentUser user, Reviews.Experts.CallExperts callExperts, TimeProvider clock)
{
    private static bool LeadOnly(ProposalRelation r) => r == ProposalRelation.LeadMember;

    public Task<Result<ProposalResponse>> UpdateFields(Guid id, ProposalFieldsRequest request, ExpectedVersion expected, CancellationToken ct) =>
        Respond(editor.Edit(id, expected, LeadOnly, "fields_updated",
            (c, now) => c.Proposal.UpdateFields(request.ToFields(), c.Call, now), null, ct));

    public async Task<Result<ProposalResponse>> AddPartner(Guid id, AddPartnerRequest request, ExpectedVersion expected, CancellationToken ct)
    {
        if (request.OrganisationId is not { } organisationId)
        {
            return Error.Field("organisationId", "validation_failed", "organisationId is required.");
        }

        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            return Error.Field("organisationId", "unknown_organisation", "This organisation does not exist.");
        }

        return await Respond(editor.Edit(id, expected, LeadOnly, "partner_added",
            (c, now) => c.Proposal.AddPartner(organisationId, c.Call, now), new { organisationId }, ct));
    }

    public Task<Result<ProposalResponse>> RemovePartner(Guid id, Guid organisationId, ExpectedVersion expected, CancellationToken ct) =>
        Respond(editor.Edit(id, expected, LeadOnly, "partner_removed",
            (c, now) => c.Proposal.RemovePartner(organisationId, c.Call, now), new { organisationId }, ct));

    public async Task<Result<ProposalResponse>> SetBudget(Guid id, Guid organisationId, BudgetRequest request, ExpectedVersion expected, CancellationToken ct)
    {
        var budget = Budget.Create(request.Personnel ?? 0, request.Overheads ?? 0, request.Subcontracting ?? 0, request.Equipment ?? 0, request.OtherCosts ?? 0);
        if (!budget.IsSuccess)
        {
            return budget.Error!;
        }

        // The lead may fill any partner's budget; a partner only its own.
        bool MayEdit(ProposalRelation r) => r == ProposalRelation.LeadMember || (r == ProposalRelation.PartnerMember && user.OrganisationId == organisationId);
        return await Respond(editor.Edit(id, expected, MayEdit, "budget_updated",
            (c, now) => c.Proposal.SetBudget(organisationId, budget.Value, c.Call, now), new { organisationId, total = budget.Value.Total }, ct));
    }

    public async Task<Result<ProposalResponse>> SetExcludedExperts(Guid id, ExcludedExpertsRequest request, ExpectedVersion expected, CancellationToken ct)
    {
        // Checked inside the edit, after the caller is known to be the lead: a stranger learns nothing from a 400.
        var ofCall = await callExperts.EnsureAllExpertsOfCallOf(id, request.ExpertIds ?? [], ct);
        return await Respond(editor.Edit(id, expected, LeadOnly, "experts_excluded",
            (c, now) => ofCall.IsSuccess ? c.Proposal.SetExcludedExperts(request.ExpertIds ?? [], c.Call, now) : ofCall,
            new { count = request.ExpertIds?.Count ?? 0 }, ct));
    }

    private async Task<Result<ProposalResponse>> Respond(Task<Result<ProposalContext>> edit)
    {
        var result = await edit;
        return result.IsSuccess ? ProposalResponse.From(result.Value, clock.GetUtcNow(), showBudgets: true, showInternals: true) : result.Error!;
    }
}
